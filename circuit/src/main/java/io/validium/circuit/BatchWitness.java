package io.validium.circuit;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Witness;
import java.util.List;

/**
 * A full witness of a batch circuit that satisfies every constraint, with its public inputs
 * (oldRoot, newRoot, batchCommitment, l1OpsCommitment) in protocol order.
 *
 * @param publicInputs the four public inputs, as the verifier and L1 see them
 * @param witness every wire's value, ready for the prover
 */
public record BatchWitness(List<Fr> publicInputs, Witness witness) {

  public BatchWitness {
    publicInputs = List.copyOf(publicInputs);
  }
}
