package io.validium.zk.msm;

/**
 * Buckets in Jacobian coordinates, each point added with one mixed addition: no batching, so the
 * right choice when there are too few points per bucket for a shared inversion to pay off.
 */
final class JacobianBuckets implements Buckets {

  private final CurveOps ops;
  private final int e;
  private final int a;
  private final int p;
  private final int count;
  private final long[] buckets;
  private final long[] negated;

  JacobianBuckets(CurveOps ops, int count) {
    this.ops = ops;
    this.e = ops.fieldLimbs();
    this.a = ops.affineLimbs();
    this.p = ops.pointLimbs();
    this.count = count;
    // All zeros is infinity: Z = 0.
    this.buckets = new long[count * p];
    this.negated = new long[a];
  }

  @Override
  public void add(long[] points, int off, int digit) {
    int bo = ((digit < 0 ? -digit : digit) - 1) * p;
    if (digit > 0) {
      ops.addMixed(buckets, bo, points, off, buckets, bo);
    } else {
      System.arraycopy(points, off, negated, 0, e);
      ops.neg(points, off + e, negated, e);
      ops.addMixed(buckets, bo, negated, 0, buckets, bo);
    }
  }

  @Override
  public long[] sum() {
    long[] running = new long[p];
    long[] total = new long[p];
    boolean started = false;
    for (int j = count - 1; j >= 0; j--) {
      int bo = j * p;
      if (!ops.isInfinity(buckets, bo)) {
        ops.addJacobian(running, 0, buckets, bo, running, 0);
        started = true;
      }
      if (started) {
        ops.addJacobian(total, 0, running, 0, total, 0);
      }
    }
    return total;
  }
}
