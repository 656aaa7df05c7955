/**
 * Groth16 over BN254: verifying keys, proofs, public signals and a verifier that reports why a
 * proof is rejected.
 */
package io.validium.zk.groth16;
