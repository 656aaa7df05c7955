package io.validium.zk.msm;

/**
 * Buckets in affine coordinates, filled a batch at a time by an {@link AffineAdder} (one inversion
 * per batch) and reduced by batched {@link RunningSums}.
 *
 * <p>A bucket can take only one addition per batch, because the next needs its result. A point for
 * a bucket the batch already holds waits in a queue for a later batch; only when the queue is full
 * does it go into the bucket's Jacobian overflow by a mixed addition. So batches stay full whatever
 * the digits: a skewed input (all scalars equal, say) costs about what the Jacobian method costs,
 * never an inversion per point.
 */
final class BatchAffineBuckets implements Buckets {

  private final CurveOps ops;
  private final int a;
  private final int p;
  private final int count;

  /** The buckets, (0, 0) while empty. */
  private final long[] affine;

  private final long[] overflow;
  private final boolean[] overflowUsed;
  private int overflowCount;

  /** The batch number that holds each bucket, so that locks are released by bumping a counter. */
  private final int[] lockedBy;

  private int batch = 1;
  private final AffineAdder adder;

  private final int[] waitingOff;
  private final int[] waitingDigit;
  private int waiting;

  /** The array the points come from; all points of one window come from the same one. */
  private long[] points;

  private final long[] single;

  BatchAffineBuckets(CurveOps ops, int count, int capacity) {
    this.ops = ops;
    this.a = ops.affineLimbs();
    this.p = ops.pointLimbs();
    this.count = count;
    this.affine = new long[count * a];
    this.overflow = new long[count * p];
    this.overflowUsed = new boolean[count];
    this.lockedBy = new int[count];
    this.adder = new AffineAdder(ops, capacity);
    this.waitingOff = new int[capacity];
    this.waitingDigit = new int[capacity];
    this.single = new long[a];
  }

  @Override
  public void add(long[] points, int off, int digit) {
    this.points = points;
    place(off, digit, false);
    while (adder.isFull()) {
      runBatch();
      retryWaiting(false);
    }
  }

  /**
   * Puts the point into the batch, or into the queue if the batch holds its bucket, or with {@code
   * noWaiting} or a full queue into the overflow.
   */
  private void place(int off, int digit, boolean noWaiting) {
    int b = (digit < 0 ? -digit : digit) - 1;
    if (lockedBy[b] == batch) {
      if (!noWaiting && waiting < waitingOff.length) {
        waitingOff[waiting] = off;
        waitingDigit[waiting++] = digit;
      } else {
        addToOverflow(b, off, digit);
      }
      return;
    }
    int before = adder.size();
    adder.add(affine, b * a, points, off, digit < 0);
    if (adder.size() > before) {
      lockedBy[b] = batch;
    }
  }

  /**
   * Offers the queued points to the batch, keeping those that still cannot enter (or, with {@code
   * noWaiting}, sending them to the overflow).
   */
  private void retryWaiting(boolean noWaiting) {
    int queued = waiting;
    waiting = 0;
    int k = 0;
    // place() re-queues at index waiting <= k, so the queue compacts in place.
    while (k < queued && !adder.isFull()) {
      place(waitingOff[k], waitingDigit[k], noWaiting);
      k++;
    }
    System.arraycopy(waitingOff, k, waitingOff, waiting, queued - k);
    System.arraycopy(waitingDigit, k, waitingDigit, waiting, queued - k);
    waiting += queued - k;
  }

  private void runBatch() {
    adder.run();
    batch++;
  }

  private void addToOverflow(int b, int off, int digit) {
    System.arraycopy(points, off, single, 0, a);
    if (digit < 0) {
      ops.neg(single, a / 2, single, a / 2);
    }
    int so = b * p;
    ops.addMixed(overflow, so, single, 0, overflow, so);
    if (!overflowUsed[b]) {
      overflowUsed[b] = true;
      overflowCount++;
    }
  }

  @Override
  public long[] sum() {
    int lastRound = Math.max(1, waitingOff.length / 16);
    while (adder.size() > 0 || waiting > 0) {
      runBatch();
      retryWaiting(false);
      if (adder.size() < lastRound) {
        // The queue is down to points crowding a few buckets: an inversion per handful of them
        // would cost more than mixed additions.
        retryWaiting(true);
      }
    }
    foldOverflow();
    return RunningSums.sum(ops, affine, count);
  }

  /** Adds each used overflow to its bucket, normalizing them all with one inversion. */
  private void foldOverflow() {
    if (overflowCount == 0) {
      return;
    }
    int[] from = new int[overflowCount];
    int[] to = new int[overflowCount];
    int k = 0;
    for (int b = 0; b < count; b++) {
      if (overflowUsed[b]) {
        int so = b * p;
        if (!adder.isEmpty(affine, b * a)) {
          ops.addMixed(overflow, so, affine, b * a, overflow, so);
        }
        from[k] = so;
        to[k++] = b * a;
      }
    }
    Normalization.toAffine(ops, overflow, from, affine, to, overflowCount);
  }
}
