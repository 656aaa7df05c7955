package io.validium.zk.msm;

/**
 * How one bucket-method MSM runs: the window width c, whether buckets are filled by batch-affine or
 * by mixed Jacobian additions, and into how many point chunks each window is split for parallelism.
 *
 * @param window digits are c bits wide, so each window has 2^(c-1) buckets
 * @param batchAffine whether to use {@link BatchAffineBuckets} rather than {@link JacobianBuckets}
 * @param chunks the points of each window are split into this many independent tasks
 */
record Plan(int window, boolean batchAffine, int chunks) {

  /** Widest window supported: digits and bucket indices stay ints, memory stays bounded. */
  static final int MAX_WINDOW = 20;

  Plan {
    if (window < 1 || window > MAX_WINDOW) {
      throw new IllegalArgumentException("window must be in [1, " + MAX_WINDOW + "]: " + window);
    }
    if (chunks < 1) {
      throw new IllegalArgumentException("chunks must be positive: " + chunks);
    }
  }

  /** The plan for m points with non-trivial scalars, on this machine's processors. */
  static Plan forSize(int m) {
    int c = windowFor(m);
    int windows = Scalars.windows(c);
    int processors = Runtime.getRuntime().availableProcessors();
    // Splitting points costs a bucket reduction per extra chunk, so only split when there are too
    // few windows to keep every processor busy.
    int chunks = Math.max(1, Math.min((2 * processors + windows - 1) / windows, m / 4096));
    return new Plan(c, c >= BATCH_AFFINE_FROM, chunks);
  }

  /** Batch-affine buckets pay off once batches can be long; measured on MsmBenchmark. */
  static final int BATCH_AFFINE_FROM = 9;

  /** About log2(m) - 3: balances the m additions per window against the 2^c bucket reduction. */
  static int windowFor(int m) {
    int log = 31 - Integer.numberOfLeadingZeros(Math.max(m, 1));
    return Math.max(2, Math.min(16, log - 3));
  }
}
