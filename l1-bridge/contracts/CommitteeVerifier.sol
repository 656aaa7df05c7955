// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

import {IDAVerifier} from "./IDAVerifier.sol";

/// @title The committee's DA verifier: threshold secp256k1 ECDSA signatures over the attestation
/// @notice Members and threshold are versioned by epoch. A certificate is
///         abi.encode(uint64 epoch, bytes signatures), the signatures being 65-byte r || s || v
///         (v = 27 or 28, low s) ordered by strictly increasing signer address. The current epoch is
///         accepted, and the previous one until the grace block set when it was rotated out, so a
///         rotation never strands a batch whose certificate is already collected.
contract CommitteeVerifier is IDAVerifier {
    uint256 private constant SIGNATURE_BYTES = 65;
    // secp256k1n / 2: a larger s is the malleable twin of a valid signature (EIP-2).
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;
    uint256 private constant MAX_MEMBERS = 255;

    struct Epoch {
        bytes32 keysetHash;
        uint16 threshold;
        uint16 size;
        // The last block in which this epoch's certificates are still accepted once superseded.
        uint64 graceEnd;
    }

    address public immutable owner;
    uint64 public currentEpoch;
    // The current epoch's threshold again, in currentEpoch's slot: one storage read fewer per batch.
    uint16 private currentThreshold;
    mapping(uint64 => Epoch) private epochs;
    mapping(uint64 => mapping(address => bool)) private members;

    event CommitteeRotated(uint64 indexed epoch, bytes32 keysetHash, uint16 threshold, address[] members, uint64 previousEpochGraceEnd);

    error NotOwner();
    error BadKeyset(string reason);
    error MalformedCertificate();
    error UnknownOrExpiredEpoch(uint64 epoch, uint64 currentEpoch);
    error HighS(uint256 index);
    error BadV(uint256 index);
    error BadSignature(uint256 index);
    error SignersNotStrictlyIncreasing(uint256 index, address signer);
    error NotAMember(uint256 index, address signer);
    error TooFewSignatures(uint256 count, uint256 threshold);

    /// @param owner_ governance (a multisig in production), the only one who may rotate
    /// @param initialMembers epoch 0's members, strictly increasing
    /// @param threshold how many of them must sign
    constructor(address owner_, address[] memory initialMembers, uint16 threshold) {
        owner = owner_;
        _install(0, initialMembers, threshold);
        emit CommitteeRotated(0, epochs[0].keysetHash, threshold, initialMembers, 0);
    }

    /// @notice Starts a new epoch; the current one stays valid for `graceBlocks` more blocks.
    function rotate(address[] calldata newMembers, uint16 threshold, uint64 graceBlocks) external {
        if (msg.sender != owner) revert NotOwner();
        uint64 previous = currentEpoch;
        uint64 graceEnd = uint64(block.number) + graceBlocks;
        epochs[previous].graceEnd = graceEnd;
        uint64 next = previous + 1;
        currentEpoch = next;
        _install(next, newMembers, threshold);
        emit CommitteeRotated(next, epochs[next].keysetHash, threshold, newMembers, graceEnd);
    }

    /// @notice Epoch `epoch`'s keyset hash keccak256(abi.encode(members, threshold)) and threshold.
    function epoch(uint64 e) external view returns (bytes32 keysetHash, uint16 threshold, uint16 size, uint64 graceEnd) {
        Epoch storage ep = epochs[e];
        return (ep.keysetHash, ep.threshold, ep.size, ep.graceEnd);
    }

    /// @notice Whether `account` is a member of epoch `e`.
    function isMember(uint64 e, address account) external view returns (bool) {
        return members[e][account];
    }

    /// @inheritdoc IDAVerifier
    function verify(bytes32 digest, bytes calldata certificate) external view returns (bool) {
        // abi.encode(uint64, bytes): head word, offset word (0x40), length word, data padded.
        if (certificate.length < 0x60) revert MalformedCertificate();
        uint256 e = uint256(bytes32(certificate[0:32]));
        uint256 offset = uint256(bytes32(certificate[32:64]));
        uint256 length = uint256(bytes32(certificate[64:96]));
        if (e > type(uint64).max || offset != 0x40 || length % SIGNATURE_BYTES != 0 || length / SIGNATURE_BYTES > MAX_MEMBERS) {
            revert MalformedCertificate();
        }
        if (certificate.length != 0x60 + ((length + 31) / 32) * 32) revert MalformedCertificate();
        uint64 ep = uint64(e);
        uint64 current = currentEpoch;
        if (ep != current && !(ep + 1 == current && block.number <= epochs[ep].graceEnd)) {
            revert UnknownOrExpiredEpoch(ep, current);
        }
        uint256 count = length / SIGNATURE_BYTES;
        address last = address(0);
        mapping(address => bool) storage keyset = members[ep];
        for (uint256 i = 0; i < count; ++i) {
            address signer = _recover(digest, certificate, i);
            if (signer <= last) revert SignersNotStrictlyIncreasing(i, signer);
            if (!keyset[signer]) revert NotAMember(i, signer);
            last = signer;
        }
        uint16 threshold = ep == current ? currentThreshold : epochs[ep].threshold;
        if (count < threshold) revert TooFewSignatures(count, threshold);
        return true;
    }

    /// @dev The signer of signature `i` of the certificate, which must be low-s with v 27 or 28.
    function _recover(bytes32 digest, bytes calldata certificate, uint256 i) private pure returns (address signer) {
        uint256 pos = 0x60 + i * SIGNATURE_BYTES;
        bytes32 r = bytes32(certificate[pos:pos + 32]);
        bytes32 s = bytes32(certificate[pos + 32:pos + 64]);
        uint8 v = uint8(certificate[pos + 64]);
        if (uint256(s) > HALF_N) revert HighS(i);
        if (v != 27 && v != 28) revert BadV(i);
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert BadSignature(i);
    }

    function _install(uint64 e, address[] memory list, uint16 threshold) private {
        uint256 n = list.length;
        if (n == 0 || n > MAX_MEMBERS) revert BadKeyset("size");
        if (threshold == 0 || threshold > n) revert BadKeyset("threshold");
        address last = address(0);
        for (uint256 i = 0; i < n; ++i) {
            if (list[i] <= last) revert BadKeyset("members must be non-zero and strictly increasing");
            last = list[i];
            members[e][list[i]] = true;
        }
        epochs[e] = Epoch(keccak256(abi.encode(list, threshold)), threshold, uint16(n), 0);
        currentThreshold = threshold;
    }
}
