package io.validium.zk.msm;

/**
 * How one bucket-method MSM runs: the window width c, whether buckets are filled by batch-affine or
 * by mixed Jacobian additions, and into how many point chunks each window is split for parallelism.
 *
 * @param window digits are at most c bits wide, so a window has at most 2^(c-1) buckets
 * @param batchAffine whether to use {@link BatchAffineBuckets} rather than {@link JacobianBuckets}
 * @param chunks the points of each window are split into this many independent tasks
 */
record Plan(int window, boolean batchAffine, int chunks) {

  /** Widest window supported: memory for 2^(c-1) buckets per task stays bounded. */
  static final int MAX_WINDOW = 20;

  /*
   * Costs in field multiplications, counted on the implementation: a mixed Jacobian addition is 11
   * multiplications and some additions; a batch-affine one 6, its share of the batch's inversion
   * (about 380 multiplications) and its bookkeeping. Reducing a bucket costs two batch-affine
   * additions in batches of 256 ({@link RunningSums}), or two full Jacobian ones.
   */
  private static final double MIXED_ADD = 12;
  private static final double AFFINE_ADD = 6.8;
  private static final double INVERSION = 380;
  private static final double AFFINE_BUCKET = 2 * (AFFINE_ADD + INVERSION / 256);
  private static final double JACOBIAN_BUCKET = 32;
  private static final double DOUBLING = 7;

  Plan {
    if (window < 1 || window > MAX_WINDOW) {
      throw new IllegalArgumentException("window must be in [1, " + MAX_WINDOW + "]: " + window);
    }
    if (chunks < 1) {
      throw new IllegalArgumentException("chunks must be positive: " + chunks);
    }
  }

  /**
   * The fastest plan for m points with non-trivial scalars on this machine's processors: the one
   * minimizing the modelled time of the slowest processor, so that c balances m additions per
   * window against a reduction over 2^(c-1) buckets per window (c ends up near log2(m) - 3), and
   * the windows, split into chunks if need be, share out evenly.
   */
  static Plan forSize(int m) {
    return forSize(m, Runtime.getRuntime().availableProcessors());
  }

  static Plan forSize(int m, int processors) {
    Plan best = null;
    double bestTime = Double.MAX_VALUE;
    for (int c = 1; c <= 18; c++) {
      for (boolean batchAffine : new boolean[] {false, true}) {
        for (int chunks = 1; chunks <= Math.max(1, Math.min(processors, m / 4096)); chunks *= 2) {
          int tasks = Scalars.windows(c) * chunks;
          // Each chunk reduces its own buckets: the model charges a full window's cost per chunk.
          double perTask = cost(m, c, batchAffine, chunks) / tasks;
          double time = perTask * ((tasks + processors - 1) / processors);
          if (time < bestTime) {
            bestTime = time;
            best = new Plan(c, batchAffine, chunks);
          }
        }
      }
    }
    return best;
  }

  /**
   * Whether {@link DoubleAndAdd} beats the bucket method for m points: one chain of doublings and
   * an addition per set bit, against a window's fixed costs; true up to about 20 points.
   */
  static boolean preferDoubleAndAdd(int m) {
    double doubleAndAdd = Scalars.BITS * DOUBLING + m * (Scalars.BITS / 2.0) * MIXED_ADD;
    return doubleAndAdd < cost(m, forSize(m, 1).window, false, 1);
  }

  /** Modelled multiplications for m points with random scalars, each window in chunks. */
  static double cost(int m, int c, boolean batchAffine, int chunks) {
    double total = (Scalars.DIGIT_BITS - Scalars.width(c, Scalars.windows(c) - 1)) * DOUBLING;
    int points = m / chunks;
    for (int w = 0; w < Scalars.windows(c); w++) {
      int buckets = Pippenger.bucketCount(c, w);
      if (batchAffine && buckets >= Pippenger.BATCH_AFFINE_MIN_BUCKETS) {
        int capacity = Pippenger.batchCapacity(buckets, points);
        total += m * (AFFINE_ADD + INVERSION / capacity) + chunks * buckets * AFFINE_BUCKET;
      } else {
        total += m * MIXED_ADD + chunks * buckets * JACOBIAN_BUCKET;
      }
    }
    return total;
  }
}
