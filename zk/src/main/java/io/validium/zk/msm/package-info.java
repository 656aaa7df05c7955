/**
 * Multi-scalar multiplication Σ kᵢ·Pᵢ on G1 and G2, the dominant cost of the Groth16 prover:
 * Pippenger's bucket method with signed digits, batch-affine bucket additions and parallel windows.
 */
package io.validium.zk.msm;
