// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title The verifier `validium zk export-verifier` generates for the batch circuit
/// @notice Public inputs in protocol order: oldRoot, newRoot, batchCommitment, l1OpsCommitment.
interface IGroth16Verifier {
    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[4] calldata input
    ) external view returns (bool);
}
