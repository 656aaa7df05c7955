package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import java.util.Objects;

/**
 * One non-zero entry of the A or B matrix as a proving key carries it: the prover evaluates A·w and
 * B·w on the constraint domain from these, and takes C·w as their product there.
 *
 * @param matrix 0 for A, 1 for B
 * @param constraint the row, a point of the evaluation domain
 * @param signal the wire
 * @param value the coefficient
 */
public record Coefficient(int matrix, int constraint, int signal, Fr value) {

  /** Checks the matrix and the indices. */
  public Coefficient {
    if (matrix != 0 && matrix != 1) {
      throw new IllegalArgumentException("matrix must be 0 (A) or 1 (B), got " + matrix);
    }
    if (constraint < 0 || signal < 0) {
      throw new IllegalArgumentException("negative index");
    }
    Objects.requireNonNull(value, "value");
  }
}
