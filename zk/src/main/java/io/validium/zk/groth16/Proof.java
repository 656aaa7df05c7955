package io.validium.zk.groth16;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.util.Objects;

/**
 * A Groth16 proof (A, B, C), as snarkjs names them pi_a, pi_b and pi_c. The points are not
 * validated here: {@link Groth16Verifier} checks them and says which one is wrong.
 */
public record Proof(G1 a, G2 b, G1 c) {

  /** Requires all three points. */
  public Proof {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(c, "c");
  }
}
