package io.validium.zk.r1cs;

import io.validium.core.field.Fr;

/**
 * One row of a compiled constraint matrix: a linear combination over final wire numbers.
 *
 * @param wires wire numbers, strictly increasing
 * @param coefficients the non-zero coefficient of each wire
 */
public record SparseRow(int[] wires, Fr[] coefficients) {

  /** Copies the arrays so that the row stays immutable. */
  public SparseRow {
    wires = wires.clone();
    coefficients = coefficients.clone();
    if (wires.length != coefficients.length) {
      throw new IllegalArgumentException("wires and coefficients differ in length");
    }
  }

  @Override
  public int[] wires() {
    return wires.clone();
  }

  @Override
  public Fr[] coefficients() {
    return coefficients.clone();
  }

  /** Number of terms. */
  public int size() {
    return wires.length;
  }

  /** Wire number of term {@code i}. */
  public int wire(int i) {
    return wires[i];
  }

  /** Coefficient of term {@code i}. */
  public Fr coefficient(int i) {
    return coefficients[i];
  }

  /** {@code Σ c_i·w[wire_i]} for a full assignment {@code w}. */
  public Fr evaluate(Fr[] w) {
    Fr acc = Fr.ZERO;
    for (int i = 0; i < wires.length; i++) {
      acc = acc.add(coefficients[i].mul(w[wires[i]]));
    }
    return acc;
  }
}
