package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;

/**
 * The single seam through which the prover and the setup compute Σ k_i·P_i, so that a faster
 * multi-scalar multiplication replaces this one in one place. This one is the schoolbook sum of
 * scalar multiplications, skipping zero scalars and points at infinity.
 */
final class MultiScalar {

  private MultiScalar() {}

  static G1 g1(G1[] bases, Fr[] scalars) {
    checkLengths(bases.length, scalars.length);
    G1 acc = G1.INFINITY;
    for (int i = 0; i < bases.length; i++) {
      if (!scalars[i].isZero() && !bases[i].isInfinity()) {
        acc = acc.add(bases[i].multiply(scalars[i]));
      }
    }
    return acc;
  }

  static G2 g2(G2[] bases, Fr[] scalars) {
    checkLengths(bases.length, scalars.length);
    G2 acc = G2.INFINITY;
    for (int i = 0; i < bases.length; i++) {
      if (!scalars[i].isZero() && !bases[i].isInfinity()) {
        acc = acc.add(bases[i].multiply(scalars[i]));
      }
    }
    return acc;
  }

  private static void checkLengths(int bases, int scalars) {
    if (bases != scalars) {
      throw new IllegalArgumentException(bases + " bases but " + scalars + " scalars");
    }
  }
}
