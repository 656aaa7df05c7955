package io.validium.zk.r1cs;

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
    int[] ids = lc.ids();
    int[] wires = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      wires[i] = wire(new Variable(ids[i]));
    }
    return new SparseRow(wires, lc.coefficients());
  }
}
