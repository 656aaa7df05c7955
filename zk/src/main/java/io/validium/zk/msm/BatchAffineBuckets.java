package io.validium.zk.msm;

/**
 * Buckets in affine coordinates, filled a batch at a time: the additions of a batch share one field
 * inversion (Montgomery's trick), so an affine addition costs about six multiplications against
 * eleven for a mixed Jacobian one.
 *
 * <p>A bucket can take only one addition per batch, because the next needs its result. A point for
 * a bucket the batch already holds waits in a queue for a later batch. Only when the queue is full,
 * or for a point equal to ± its bucket (where the affine formula would divide by zero), does a
 * point go into the bucket's Jacobian overflow by a mixed addition. So batches stay full whatever
 * the digits: a skewed input (all scalars equal, say) costs about what the Jacobian method costs,
 * never an inversion per point.
 */
final class BatchAffineBuckets implements Buckets {

  private final CurveOps ops;
  private final int e;
  private final int a;
  private final int p;
  private final int count;

  private final long[] affine;
  private final boolean[] filled;
  private final long[] overflow;
  private final boolean[] overflowUsed;

  /** The batch number that holds each bucket, so that locks are released by bumping a counter. */
  private final int[] lockedBy;

  private int batch = 1;

  private final int capacity;
  private int size;
  private final int[] batchBucket;
  private final long[] batchPoint;
  private final long[] dx;
  private final long[] prefix;

  private final int[] waitingOff;
  private final int[] waitingDigit;
  private int waiting;

  /** The array the points come from; all points of one window come from the same one. */
  private long[] points;

  private final long[] single;
  private final long[] t;
  private final int inv;
  private final int entryInv;
  private final int lambda;
  private final int x3;
  private final int y3;

  BatchAffineBuckets(CurveOps ops, int count, int capacity) {
    this.ops = ops;
    this.e = ops.fieldLimbs();
    this.a = ops.affineLimbs();
    this.p = ops.pointLimbs();
    this.count = count;
    this.affine = new long[count * a];
    this.filled = new boolean[count];
    this.overflow = new long[count * p];
    this.overflowUsed = new boolean[count];
    this.lockedBy = new int[count];
    this.capacity = capacity;
    this.batchBucket = new int[capacity];
    this.batchPoint = new long[capacity * a];
    this.dx = new long[capacity * e];
    this.prefix = new long[capacity * e];
    this.waitingOff = new int[capacity];
    this.waitingDigit = new int[capacity];
    this.single = new long[a];
    this.t = new long[5 * e];
    this.inv = 0;
    this.entryInv = e;
    this.lambda = 2 * e;
    this.x3 = 3 * e;
    this.y3 = 4 * e;
  }

  @Override
  public void add(long[] points, int off, int digit) {
    this.points = points;
    place(off, digit, false);
    while (size == capacity) {
      flush();
      retryWaiting(false);
    }
  }

  /**
   * Puts the point into an empty bucket, into the batch, into the queue or, with {@code noWaiting}
   * or a full queue, into the overflow.
   */
  private void place(int off, int digit, boolean noWaiting) {
    int b = (digit < 0 ? -digit : digit) - 1;
    int bo = b * a;
    if (!filled[b]) {
      System.arraycopy(points, off, affine, bo, e);
      signedY(points, off, digit, affine, bo);
      filled[b] = true;
      return;
    }
    if (lockedBy[b] == batch) {
      if (!noWaiting && waiting < waitingOff.length) {
        waitingOff[waiting] = off;
        waitingDigit[waiting++] = digit;
      } else {
        addToOverflow(b, off, digit);
      }
      return;
    }
    int ko = size * a;
    int de = size * e;
    System.arraycopy(points, off, batchPoint, ko, e);
    signedY(points, off, digit, batchPoint, ko);
    ops.sub(batchPoint, ko, affine, bo, dx, de);
    if (ops.isZero(dx, de)) {
      addToOverflow(b, off, digit);
      return;
    }
    if (size == 0) {
      System.arraycopy(dx, 0, prefix, 0, e);
    } else {
      ops.mul(prefix, de - e, dx, de, prefix, de);
    }
    lockedBy[b] = batch;
    batchBucket[size++] = b;
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
    while (k < queued && size < capacity) {
      place(waitingOff[k], waitingDigit[k], noWaiting);
      k++;
    }
    System.arraycopy(waitingOff, k, waitingOff, waiting, queued - k);
    System.arraycopy(waitingDigit, k, waitingDigit, waiting, queued - k);
    waiting += queued - k;
  }

  private void signedY(long[] points, int off, int digit, long[] out, int oo) {
    if (digit > 0) {
      System.arraycopy(points, off + e, out, oo + e, e);
    } else {
      ops.neg(points, off + e, out, oo + e);
    }
  }

  private void addToOverflow(int b, int off, int digit) {
    System.arraycopy(points, off, single, 0, e);
    signedY(points, off, digit, single, 0);
    int so = b * p;
    ops.addMixed(overflow, so, single, 0, overflow, so);
    overflowUsed[b] = true;
  }

  /** Completes the batch: one inversion, then λ = Δy/Δx and the affine sum for each entry. */
  private void flush() {
    if (size == 0) {
      return;
    }
    long[] t = this.t;
    ops.inverse(prefix, (size - 1) * e, t, inv);
    for (int k = size - 1; k >= 0; k--) {
      int invK;
      if (k > 0) {
        // inv holds 1/(dx_0···dx_k): times the prefix to k-1 it is 1/dx_k; times dx_k it moves on.
        ops.mul(t, inv, prefix, (k - 1) * e, t, entryInv);
        ops.mul(t, inv, dx, k * e, t, inv);
        invK = entryInv;
      } else {
        invK = inv;
      }
      int bo = batchBucket[k] * a;
      int ko = k * a;
      ops.sub(batchPoint, ko + e, affine, bo + e, t, lambda);
      ops.mul(t, lambda, t, invK, t, lambda);
      ops.square(t, lambda, t, x3);
      ops.sub(t, x3, affine, bo, t, x3);
      ops.sub(t, x3, batchPoint, ko, t, x3);
      ops.sub(affine, bo, t, x3, t, y3);
      ops.mul(t, y3, t, lambda, t, y3);
      ops.sub(t, y3, affine, bo + e, affine, bo + e);
      System.arraycopy(t, x3, affine, bo, e);
    }
    size = 0;
    batch++;
  }

  @Override
  public long[] sum() {
    while (size > 0 || waiting > 0) {
      flush();
      retryWaiting(false);
      if (size < capacity / 16) {
        // The queue is down to points crowding a few buckets: an inversion per handful of them
        // would cost more than mixed additions.
        retryWaiting(true);
      }
    }
    long[] running = new long[p];
    long[] total = new long[p];
    boolean started = false;
    for (int j = count - 1; j >= 0; j--) {
      if (filled[j]) {
        ops.addMixed(running, 0, affine, j * a, running, 0);
        started = true;
      }
      if (overflowUsed[j]) {
        ops.addJacobian(running, 0, overflow, j * p, running, 0);
        started = true;
      }
      if (started) {
        ops.addJacobian(total, 0, running, 0, total, 0);
      }
    }
    return total;
  }
}
