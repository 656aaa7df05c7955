// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title EdDSA-Poseidon verification on Baby Jubjub (EIP-2494), as protocol.md section 3
/// @notice Valid iff S < l, A and R8 are on the curve, and S * B8 == R8 + (8 * h) * A with
///         h = Poseidon(R8x, R8y, Ax, Ay, M), 8 * h an integer (computed as h * (8 * A)).
/// @dev Points are projective (X : Y : Z) in memory, added with the complete twisted Edwards
///      formula (add-2008-bbjlp), which also doubles; equality is checked without inversion.
library BabyJubjub {
    uint256 internal constant P = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 internal constant L = 2736030358979909402780800718157159386076813972158567259200215660948447373041;
    uint256 private constant A = 168700;
    uint256 private constant D = 168696;
    uint256 private constant B8X = 5299619240641551281634865583518297030282874472190772894086521144482721001553;
    uint256 private constant B8Y = 16950150798460657717958625567821834550301663161624707787222815936182638968203;

    /// @notice Whether (x, y) is on the curve: a x^2 + y^2 == 1 + d x^2 y^2, coordinates below p.
    function onCurve(uint256 x, uint256 y) internal pure returns (bool) {
        if (x >= P || y >= P) return false;
        uint256 x2 = mulmod(x, x, P);
        uint256 y2 = mulmod(y, y, P);
        return addmod(mulmod(A, x2, P), y2, P) == addmod(1, mulmod(D, mulmod(x2, y2, P), P), P);
    }

    /// @notice Whether (r8x, r8y, s) signs `h`'s message under (ax, ay); `h` is the challenge.
    function verify(uint256 ax, uint256 ay, uint256 r8x, uint256 r8y, uint256 s, uint256 h) internal pure returns (bool) {
        if (s >= L || !onCurve(ax, ay) || !onCurve(r8x, r8y)) return false;
        uint256[3] memory left = [uint256(0), 1, 1];
        uint256[3] memory base = [B8X, B8Y, uint256(1)];
        _mul(left, base, s);
        uint256[3] memory a8 = [ax, ay, uint256(1)];
        _add(a8, a8);
        _add(a8, a8);
        _add(a8, a8);
        uint256[3] memory right = [uint256(0), 1, 1];
        _mul(right, a8, h);
        uint256[3] memory r8 = [r8x, r8y, uint256(1)];
        _add(right, r8);
        return mulmod(left[0], right[2], P) == mulmod(right[0], left[2], P)
            && mulmod(left[1], right[2], P) == mulmod(right[1], left[2], P);
    }

    /// @dev acc := acc + k * q, by double-and-add from the top bit; acc starts as the identity.
    function _mul(uint256[3] memory acc, uint256[3] memory q, uint256 k) private pure {
        for (uint256 i = 256; i > 0; --i) {
            _add(acc, acc);
            if ((k >> (i - 1)) & 1 == 1) {
                _add(acc, q);
            }
        }
    }

    /// @dev p := p + q (p may be q).
    function _add(uint256[3] memory p, uint256[3] memory q) private pure {
        assembly ("memory-safe") {
            let x1 := mload(p)
            let y1 := mload(add(p, 0x20))
            let x2 := mload(q)
            let y2 := mload(add(q, 0x20))
            let a := mulmod(mload(add(p, 0x40)), mload(add(q, 0x40)), P)
            let c := mulmod(x1, x2, P)
            let d := mulmod(y1, y2, P)
            let e := mulmod(mulmod(D, c, P), d, P)
            let b := mulmod(a, a, P)
            let f := addmod(b, sub(P, e), P)
            let g := addmod(b, e, P)
            let h := addmod(mulmod(addmod(x1, y1, P), addmod(x2, y2, P), P), sub(P, addmod(c, d, P)), P)
            mstore(p, mulmod(mulmod(a, f, P), h, P))
            mstore(add(p, 0x20), mulmod(mulmod(a, g, P), addmod(d, sub(P, mulmod(A, c, P)), P), P))
            mstore(add(p, 0x40), mulmod(f, g, P))
        }
    }
}
