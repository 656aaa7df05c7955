package io.validium.zk.groth16;

import java.util.Objects;

/**
 * A proof together with the public signals it proves, as snarkjs's prover returns them.
 *
 * @param proof the proof
 * @param signals wires 1..nPublic of the witness
 */
public record ProofWithSignals(Proof proof, PublicSignals signals) {

  /** Requires both parts. */
  public ProofWithSignals {
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(signals, "signals");
  }
}
