/**
 * Groth16 on Ethereum: a Solidity verifier contract generated from a verifying key, and the ABI
 * calldata that submits a proof to it.
 */
package io.validium.zk.solidity;
