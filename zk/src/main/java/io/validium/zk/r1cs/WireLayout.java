package io.validium.zk.r1cs;

import io.validium.core.field.Fr;
import java.util.Map;

/**
 * How variables map to wire numbers: wire 0 is the constant one, then the public inputs, the
 * private inputs and the internal wires, each group in creation order, as in circom and snarkjs.
 *
 * @param publicInputs number of public inputs
 * @param privateInputs number of private inputs
 * @param internalWires number of internal wires
 */
public record WireLayout(int publicInputs, int privateInputs, int internalWires) {

  /** Total number of wires, including wire 0. */
  public int wires() {
    return 1 + publicInputs + privateInputs + internalWires;
  }

  /** The wire number of {@code v}. */
  public int wire(Variable v) {
    int index = v.index();
    return switch (v.visibility()) {
      case ONE -> 0;
      case PUBLIC -> check(index, publicInputs, v) + 1;
      case PRIVATE -> check(index, privateInputs, v) + 1 + publicInputs;
      case INTERNAL -> check(index, internalWires, v) + 1 + publicInputs + privateInputs;
    };
  }

  private static int check(int index, int count, Variable v) {
    if (index >= count) {
      throw new IllegalArgumentException(v + " does not belong to this circuit");
    }
    return index;
  }

  SparseRow row(LinearCombination lc) {
    return row(lc, null);
  }

  /**
   * The row of {@code lc}, its coefficients replaced by the equal instances in {@code canonical}
   * (added there when new) unless that is null: a circuit repeats a few thousand distinct
   * coefficients (Poseidon's, powers of two) across millions of entries, and one shared instance
   * per value keeps the compiled matrices a fraction of their size in memory.
   */
  SparseRow row(LinearCombination lc, Map<Fr, Fr> canonical) {
    int[] ids = lc.ids();
    int[] wires = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      wires[i] = wire(new Variable(ids[i]));
    }
    Fr[] coefficients = lc.coefficients();
    if (canonical != null) {
      coefficients = coefficients.clone();
      for (int i = 0; i < coefficients.length; i++) {
        Fr c = coefficients[i];
        Fr shared = canonical.putIfAbsent(c, c);
        if (shared != null) {
          coefficients[i] = shared;
        }
      }
    }
    return new SparseRow(wires, coefficients);
  }
}
