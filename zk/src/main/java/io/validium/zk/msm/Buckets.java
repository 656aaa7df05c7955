package io.validium.zk.msm;

/** One window's buckets: bucket j collects the points whose digit is ±(j + 1). */
interface Buckets {

  /**
   * Adds the affine point at {@code points[off..)}, negated if the digit is negative, to bucket
   * |digit| - 1; the digit must not be zero.
   */
  void add(long[] points, int off, int digit);

  /** Σ (j + 1)·bucket j as a Jacobian point, by running sums. Call once, after the last add. */
  long[] sum();
}
