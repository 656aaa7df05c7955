// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Calls to the deployed Poseidon contracts (Poseidon.sol), one per width
/// @notice The constants of one width take most of a contract's size limit, so each width is its
///         own contract and the Validium contract holds their addresses.
library PoseidonHashers {
    /// @notice An input was not a canonical field element (at or above r).
    error NotAFieldElement();

    function hash2(address t3, uint256 a, uint256 b) internal view returns (uint256 out) {
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, a)
            mstore(add(m, 0x20), b)
            ok := staticcall(gas(), t3, m, 0x40, m, 0x20)
            out := mload(m)
            ok := and(ok, eq(returndatasize(), 0x20))
        }
        if (!ok) revert NotAFieldElement();
    }

    function hash3(address t4, uint256 a, uint256 b, uint256 c) internal view returns (uint256 out) {
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, a)
            mstore(add(m, 0x20), b)
            mstore(add(m, 0x40), c)
            ok := staticcall(gas(), t4, m, 0x60, m, 0x20)
            out := mload(m)
            ok := and(ok, eq(returndatasize(), 0x20))
        }
        if (!ok) revert NotAFieldElement();
    }

    function hash4(address t5, uint256 a, uint256 b, uint256 c, uint256 d) internal view returns (uint256 out) {
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, a)
            mstore(add(m, 0x20), b)
            mstore(add(m, 0x40), c)
            mstore(add(m, 0x60), d)
            ok := staticcall(gas(), t5, m, 0x80, m, 0x20)
            out := mload(m)
            ok := and(ok, eq(returndatasize(), 0x20))
        }
        if (!ok) revert NotAFieldElement();
    }

    /// @dev Any width: `inputs` are hashed by the contract at `hasher`, which must take that many.
    function hashN(address hasher, uint256[] memory inputs) internal view returns (uint256 out) {
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            ok := staticcall(gas(), hasher, add(inputs, 0x20), mul(mload(inputs), 0x20), m, 0x20)
            out := mload(m)
            ok := and(ok, eq(returndatasize(), 0x20))
        }
        if (!ok) revert NotAFieldElement();
    }
}
