package io.validium.zk.msm;

/**
 * Σ kᵢ·Pᵢ by one shared double-and-add over the scalar bits, for a handful of points: below a few
 * dozen points the bucket method's fixed costs (buckets per window, their reduction) outweigh its
 * savings.
 */
final class DoubleAndAdd {

  private DoubleAndAdd() {}

  /** The sum over the points {@code indices[0..m)} of the bases, scalar j at {@code 4j}. */
  static long[] sum(AffineBases bases, int[] indices, long[] scalars, int m) {
    CurveOps ops = bases.group.newOps();
    int a = ops.affineLimbs();
    long[] acc = new long[ops.pointLimbs()];
    ops.setInfinity(acc, 0);
    boolean started = false;
    for (int bit = Scalars.BITS - 1; bit >= 0; bit--) {
      if (started) {
        ops.dbl(acc, 0, acc, 0);
      }
      for (int j = 0; j < m; j++) {
        if (Scalars.testBit(scalars, j * Scalars.LIMBS, bit)) {
          ops.addMixed(acc, 0, bases.limbs, indices[j] * a, acc, 0);
          started = true;
        }
      }
    }
    return acc;
  }
}
