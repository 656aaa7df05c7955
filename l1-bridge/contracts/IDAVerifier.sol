// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title A data-availability scheme's L1 verifier
/// @notice The Validium contract computes the EIP-712 digest of a batch attestation and asks the
///         current verifier whether `certificate` proves that enough of the scheme's parties
///         attested it. An implementation reverts with its own error when it does not, and returns
///         true when it does.
interface IDAVerifier {
    function verify(bytes32 digest, bytes calldata certificate) external view returns (bool);
}
