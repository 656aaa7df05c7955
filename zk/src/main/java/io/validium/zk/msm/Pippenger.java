package io.validium.zk.msm;

import java.util.stream.IntStream;

/**
 * The bucket method (Pippenger) with signed digits of about c bits: each window sorts the points
 * into 2^(c-1) buckets by digit, sums the buckets by running sums, and the windows combine by a
 * doubling per bit. Windows, and chunks of points within a window, run in parallel.
 *
 * <p>Before that, a {@link Triage} drops points at infinity and zero scalars and sets aside the
 * points with scalar one to be summed directly: witnesses are full of booleans, and those would
 * otherwise pay the digit extraction of every window and crowd a single bucket.
 */
final class Pippenger {

  /** Below this much work (points times windows) the tasks are not worth handing to threads. */
  private static final int PARALLEL_FROM = 1024;

  /**
   * Fewest buckets for which batches are worth it: batches can hold only a fraction of the buckets,
   * and the inversion must be shared by enough additions.
   */
  static final int BATCH_AFFINE_MIN_BUCKETS = 512;

  /** Points with scalar one are summed in chunks of this many, one task each. */
  private static final int ONES_CHUNK = 1 << 14;

  private Pippenger() {}

  /** Σ kᵢ·Pᵢ as a Jacobian point; a null plan picks one by size. */
  static long[] run(AffineBases bases, long[] scalars, Plan plan) {
    Triage triage = Triage.of(bases, scalars);
    long[] sum = multiplied(bases, triage, plan);
    CurveOps ops = bases.group.newOps();
    for (long[] part :
        parallelIf(triage.o() >= PARALLEL_FROM, chunksOf(triage.o(), ONES_CHUNK))
            .mapToObj(q -> ones(bases, triage, q * ONES_CHUNK))
            .toArray(long[][]::new)) {
      ops.addJacobian(sum, 0, part, 0, sum, 0);
    }
    return sum;
  }

  /** Σ kᵢ·Pᵢ over the points whose scalars are neither zero nor one. */
  private static long[] multiplied(AffineBases bases, Triage triage, Plan plan) {
    int m = triage.m();
    CurveOps ops = bases.group.newOps();
    long[] result = new long[ops.pointLimbs()];
    ops.setInfinity(result, 0);
    if (m == 0) {
      return result;
    }
    if (plan == null && Plan.preferDoubleAndAdd(m)) {
      return DoubleAndAdd.sum(bases, triage.general(), triage.scalars(), m);
    }
    Plan p = plan != null ? plan : Plan.forSize(m);
    int windows = Scalars.windows(p.window());
    int chunks = Math.min(p.chunks(), m);
    long[][] sums =
        parallelIf((long) m * windows >= PARALLEL_FROM, windows * chunks)
            .mapToObj(t -> window(bases, triage, p, t / chunks, t % chunks, chunks))
            .toArray(long[][]::new);
    for (int w = windows - 1; w >= 0; w--) {
      if (!ops.isInfinity(result, 0)) {
        for (int i = Scalars.width(p.window(), w); i > 0; i--) {
          ops.dbl(result, 0, result, 0);
        }
      }
      for (int q = 0; q < chunks; q++) {
        ops.addJacobian(result, 0, sums[w * chunks + q], 0, result, 0);
      }
    }
    return result;
  }

  /** Σ (digit of window w)·P over chunk q of the points. */
  private static long[] window(
      AffineBases bases, Triage triage, Plan plan, int w, int q, int chunks) {
    int start = Scalars.start(plan.window(), w);
    int width = Scalars.width(plan.window(), w);
    int from = (int) ((long) triage.m() * q / chunks);
    int to = (int) ((long) triage.m() * (q + 1) / chunks);
    CurveOps ops = bases.group.newOps();
    int count = bucketCount(plan.window(), w);
    Buckets buckets =
        plan.batchAffine() && count >= BATCH_AFFINE_MIN_BUCKETS
            ? new BatchAffineBuckets(ops, count, batchCapacity(count, to - from))
            : new JacobianBuckets(ops, count);
    int a = ops.affineLimbs();
    long[] points = bases.limbs;
    int[] general = triage.general();
    long[] scalars = triage.scalars();
    for (int j = from; j < to; j++) {
      int d = Scalars.digit(scalars, j * Scalars.LIMBS, start, width);
      if (d != 0) {
        buckets.add(points, general[j] * a, d);
      }
    }
    return buckets.sum();
  }

  /** The plain sum of the points with scalar one, chunk starting at {@code from}. */
  private static long[] ones(AffineBases bases, Triage triage, int from) {
    CurveOps ops = bases.group.newOps();
    int a = ops.affineLimbs();
    long[] acc = new long[ops.pointLimbs()];
    ops.setInfinity(acc, 0);
    int[] ones = triage.ones();
    int to = Math.min(triage.o(), from + ONES_CHUNK);
    for (int j = from; j < to; j++) {
      ops.addMixed(acc, 0, bases.limbs, ones[j] * a, acc, 0);
    }
    return acc;
  }

  /** Buckets window w needs: one per digit magnitude, 2^(width-1). */
  static int bucketCount(int c, int w) {
    return 1 << (Scalars.width(c, w) - 1);
  }

  /**
   * Entries per batch: half the buckets, at most 2048. Longer batches spread the inversion thinner
   * but, with more buckets taken, more points have to wait; this is where counted costs bottomed.
   */
  static int batchCapacity(int buckets, int points) {
    return Math.max(1, Math.min(Math.min(buckets / 2, 2048), points));
  }

  private static int chunksOf(int n, int chunk) {
    return (n + chunk - 1) / chunk;
  }

  /** Task indices 0..tasks, in parallel on the common pool (the caller helps) if asked. */
  private static IntStream parallelIf(boolean parallel, int tasks) {
    IntStream range = IntStream.range(0, tasks);
    return parallel ? range.parallel() : range;
  }
}
