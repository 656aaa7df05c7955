package io.validium.zk.msm;

/**
 * Σ (j+1)·Bⱼ over affine buckets B₀..B_{K-1} by running sums, with the additions batched affine.
 *
 * <p>A single running sum is a chain, each addition needing the last. So the buckets are cut into S
 * segments of L, each with its own running sum Rₛ and total Tₛ: step k adds the k-th bucket from
 * the top of every segment to its Rₛ, then every Rₛ to its Tₛ, and those S additions are
 * independent, one batch each. Afterwards Tₛ = Σ (j+1-sL)·Bⱼ and Rₛ = Σ Bⱼ over the segment, and
 * the sum is Σ Tₛ + L·Σ s·Rₛ, a short Jacobian running sum over the segments. Each bucket costs two
 * batch-affine additions instead of a mixed and a full Jacobian one.
 */
final class RunningSums {

  /** Segments: enough additions per batch to spread the inversion over, few enough to combine. */
  private static final int SEGMENTS = 256;

  private RunningSums() {}

  /**
   * The weighted sum of {@code count} affine buckets in {@code buckets} ((0, 0) for an empty one)
   * as a Jacobian point; {@code count} must be a power of two.
   */
  static long[] sum(CurveOps ops, long[] buckets, int count) {
    int a = ops.affineLimbs();
    int segments = Math.min(SEGMENTS, count);
    int length = count / segments;
    long[] running = new long[segments * a];
    long[] totals = new long[segments * a];
    AffineAdder adder = new AffineAdder(ops, segments);
    for (int k = length - 1; k >= 0; k--) {
      for (int s = 0; s < segments; s++) {
        adder.add(running, s * a, buckets, (s * length + k) * a, false);
      }
      adder.run();
      for (int s = 0; s < segments; s++) {
        adder.add(totals, s * a, running, s * a, false);
      }
      adder.run();
    }
    return combine(ops, adder, running, totals, segments, length);
  }

  /** Σ Tₛ + L·Σ s·Rₛ in Jacobian coordinates. */
  private static long[] combine(
      CurveOps ops, AffineAdder adder, long[] running, long[] totals, int segments, int length) {
    int a = ops.affineLimbs();
    int p = ops.pointLimbs();
    long[] weighted = new long[p];
    long[] suffix = new long[p];
    ops.setInfinity(weighted, 0);
    ops.setInfinity(suffix, 0);
    for (int s = segments - 1; s >= 1; s--) {
      addAffine(ops, adder, suffix, running, s * a);
      ops.addJacobian(weighted, 0, suffix, 0, weighted, 0);
    }
    for (int l = length; l > 1; l >>= 1) {
      ops.dbl(weighted, 0, weighted, 0);
    }
    for (int s = 0; s < segments; s++) {
      addAffine(ops, adder, weighted, totals, s * a);
    }
    return weighted;
  }

  private static void addAffine(CurveOps ops, AffineAdder adder, long[] acc, long[] pts, int off) {
    if (!adder.isEmpty(pts, off)) {
      ops.addMixed(acc, 0, pts, off, acc, 0);
    }
  }
}
