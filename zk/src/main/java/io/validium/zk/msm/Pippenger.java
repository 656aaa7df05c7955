package io.validium.zk.msm;

import java.util.stream.IntStream;

/**
 * The bucket method (Pippenger) with signed c-bit digits: each window sorts the points into 2^(c-1)
 * buckets by digit, sums the buckets by running sums, and the windows combine by c doublings each.
 * Windows, and chunks of points within a window, run in parallel.
 *
 * <p>Before that, one pass drops points at infinity and zero scalars and sums the points with
 * scalar one directly: witnesses are full of booleans, and those would otherwise pay the digit
 * extraction of every window and crowd a single bucket.
 */
final class Pippenger {

  /** Below this many points a task is too short to be worth handing to another thread. */
  private static final int PARALLEL_FROM = 1024;

  /**
   * Fewest buckets for which batches are worth it: batches can hold only a fraction of the buckets,
   * and the inversion must be shared by enough additions. The narrow top window often falls below.
   */
  static final int BATCH_AFFINE_MIN_BUCKETS = 512;

  /** Points with scalar one are summed in chunks of this many, one task each. */
  private static final int ONES_CHUNK = 1 << 14;

  private Pippenger() {}

  /** Σ kᵢ·Pᵢ as a Jacobian point; a null plan picks one by size. */
  static long[] run(AffineBases bases, long[] scalars, Plan plan) {
    int n = bases.size;
    int[] general = new int[n];
    int[] ones = new int[n];
    int m = 0;
    int o = 0;
    for (int i = 0; i < n; i++) {
      int off = i * Scalars.LIMBS;
      if (bases.infinite[i] || Scalars.isZero(scalars, off)) {
        continue;
      }
      if (Scalars.isOne(scalars, off)) {
        ones[o++] = i;
      } else {
        general[m++] = i;
      }
    }
    long[] compact = new long[m * Scalars.LIMBS];
    for (int j = 0; j < m; j++) {
      System.arraycopy(scalars, general[j] * Scalars.LIMBS, compact, j * Scalars.LIMBS, 4);
    }
    CurveOps ops = bases.group.newOps();
    long[] result = new long[ops.pointLimbs()];
    ops.setInfinity(result, 0);
    if (m > 0 && plan == null && Plan.preferDoubleAndAdd(m)) {
      result = DoubleAndAdd.sum(bases, general, compact, m);
      m = 0;
    }
    Plan p = m == 0 ? null : plan != null ? plan : Plan.forSize(m);
    int windows = p == null ? 0 : Scalars.windows(p.window());
    int chunks = p == null ? 0 : Math.min(p.chunks(), m);
    int windowTasks = windows * chunks;
    int onesTasks = (o + ONES_CHUNK - 1) / ONES_CHUNK;
    int mm = m;
    int oo = o;
    IntStream tasks = IntStream.range(0, windowTasks + onesTasks);
    if ((long) mm * windows + oo >= PARALLEL_FROM) {
      tasks = tasks.parallel();
    }
    long[][] sums =
        tasks
            .mapToObj(
                t ->
                    t < windowTasks
                        ? window(bases, general, compact, mm, p, t / chunks, t % chunks, chunks)
                        : ones(bases, ones, oo, (t - windowTasks) * ONES_CHUNK))
            .toArray(long[][]::new);
    for (int w = windows - 1; w >= 0; w--) {
      if (!ops.isInfinity(result, 0)) {
        for (int i = 0; i < p.window(); i++) {
          ops.dbl(result, 0, result, 0);
        }
      }
      for (int q = 0; q < chunks; q++) {
        ops.addJacobian(result, 0, sums[w * chunks + q], 0, result, 0);
      }
    }
    for (int t = windowTasks; t < sums.length; t++) {
      ops.addJacobian(result, 0, sums[t], 0, result, 0);
    }
    return result;
  }

  /** Σ (digit of window w)·P over chunk q of the points. */
  private static long[] window(
      AffineBases bases,
      int[] general,
      long[] compact,
      int m,
      Plan plan,
      int w,
      int q,
      int chunks) {
    int c = plan.window();
    int from = (int) ((long) m * q / chunks);
    int to = (int) ((long) m * (q + 1) / chunks);
    CurveOps ops = bases.group.newOps();
    int count = bucketCount(c, w);
    Buckets buckets =
        plan.batchAffine() && count >= BATCH_AFFINE_MIN_BUCKETS
            ? new BatchAffineBuckets(ops, count, batchCapacity(count, to - from))
            : new JacobianBuckets(ops, count);
    int a = ops.affineLimbs();
    long[] points = bases.limbs;
    for (int j = from; j < to; j++) {
      int d = Scalars.digit(compact, j * Scalars.LIMBS, w, c);
      if (d != 0) {
        buckets.add(points, general[j] * a, d);
      }
    }
    return buckets.sum();
  }

  /**
   * Buckets window w needs: 2^(c-1), except the top window, whose digits are non-negative and
   * bounded by its 2^b for the b bits it has left.
   */
  static int bucketCount(int c, int w) {
    int bitsLeft = Scalars.BITS - w * c;
    return bitsLeft < c ? Math.min(1 << (c - 1), 1 << bitsLeft) : 1 << (c - 1);
  }

  /**
   * Entries per batch: half the buckets, at most 2048. Longer batches spread the inversion thinner
   * but, with more buckets taken, more points have to wait; this is where counted costs bottomed.
   */
  static int batchCapacity(int buckets, int points) {
    return Math.max(1, Math.min(Math.min(buckets / 2, 2048), points));
  }

  /** The plain sum of the points {@code ones[from..)} of one chunk. */
  private static long[] ones(AffineBases bases, int[] ones, int o, int from) {
    CurveOps ops = bases.group.newOps();
    int a = ops.affineLimbs();
    long[] acc = new long[ops.pointLimbs()];
    ops.setInfinity(acc, 0);
    int to = Math.min(o, from + ONES_CHUNK);
    for (int j = from; j < to; j++) {
      ops.addMixed(acc, 0, bases.limbs, ones[j] * a, acc, 0);
    }
    return acc;
  }
}
