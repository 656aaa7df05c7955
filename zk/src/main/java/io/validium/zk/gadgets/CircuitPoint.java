package io.validium.zk.gadgets;

import io.validium.core.crypto.BabyJubjubPoint;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Linear;
import io.validium.zk.r1cs.LinearCombination;

/**
 * A Baby Jubjub point inside a circuit, as affine coordinates that are linear combinations.
 *
 * @param x the x coordinate
 * @param y the y coordinate
 */
public record CircuitPoint(LinearCombination x, LinearCombination y) {

  /** The neutral element (0, 1) as constants. */
  public static final CircuitPoint IDENTITY =
      new CircuitPoint(LinearCombination.zero(), LinearCombination.constant(Fr.ONE));

  /** The point with these coordinates. */
  public static CircuitPoint of(Linear x, Linear y) {
    return new CircuitPoint(x.toLinearCombination(), y.toLinearCombination());
  }

  /** A point known when the circuit is built, as constants. */
  public static CircuitPoint constant(BabyJubjubPoint p) {
    return new CircuitPoint(LinearCombination.constant(p.x()), LinearCombination.constant(p.y()));
  }

  /** Whether both coordinates are constants. */
  public boolean isConstant() {
    return x.isConstant() && y.isConstant();
  }
}
