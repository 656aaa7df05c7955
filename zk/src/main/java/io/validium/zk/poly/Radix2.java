package io.validium.zk.poly;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.math.BigInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * In-place radix-2 kernels on a flat array of Montgomery limbs (element i at {@code [4i, 4i+4)}).
 *
 * <p>Each butterfly works straight on the limbs through {@link FrArith}, with one scratch element
 * per task, so a transform allocates nothing per butterfly. Work is split into contiguous ranges of
 * butterflies (or elements) so that a task touches memory sequentially whatever the stage.
 */
final class Radix2 {

  private static final int L = FrArith.LIMBS;

  /** Below this many elements, forking costs more than it saves. */
  static final int PARALLEL_THRESHOLD = 1 << 13;

  /** log2 of the elements per cache block: 2^11 elements are 64 KiB of limbs. */
  private static final int BLOCK_LOG = 11;

  private Radix2() {}

  /** Number of tasks a pass over {@code work} items is split into. */
  private static int tasks(long work, boolean parallel) {
    if (!parallel || work < PARALLEL_THRESHOLD) {
      return 1;
    }
    // A few tasks per core absorb uneven scheduling without much per-task overhead.
    int cores = Runtime.getRuntime().availableProcessors();
    return (int) Math.min(4L * cores, work / (PARALLEL_THRESHOLD / 4));
  }

  private static void forEachTask(int tasks, IntConsumer body) {
    if (tasks == 1) {
      body.accept(0);
    } else {
      IntStream.range(0, tasks).parallel().forEach(body);
    }
  }

  /**
   * Cooley-Tukey decimation in time: turns the coefficients in {@code a} (natural order) into the
   * evaluations at {@code w^0, ..., w^(n-1)} (natural order), where {@code twiddles} holds {@code
   * w^0..w^(n/2-1)} for a primitive n-th root w.
   */
  static void transform(long[] a, int logN, long[] twiddles, boolean parallel) {
    int n = 1 << logN;
    bitReverse(a, logN, parallel);
    int half = n >>> 1;
    // The early stages only pair elements within small aligned blocks, so running all of them on
    // one block while it sits in cache saves a trip to memory per stage for large transforms.
    int block = 1 << Math.min(logN, BLOCK_LOG);
    long[][] blockTwiddles = new long[Math.min(logN, BLOCK_LOG)][];
    for (int s = 0; s < blockTwiddles.length; s++) {
      blockTwiddles[s] = stageTwiddles(twiddles, n, 1 << s);
    }
    int blocks = n / block;
    int blockTasks = Math.min(tasks(n, parallel), blocks);
    forEachTask(
        blockTasks,
        task -> {
          int first = (int) ((long) blocks * task / blockTasks);
          int last = (int) ((long) blocks * (task + 1) / blockTasks);
          for (int b = first; b < last; b++) {
            int from = b * (block / 2);
            for (int s = 0; s < blockTwiddles.length; s++) {
              stage(a, 1 << s, blockTwiddles[s], from, from + block / 2);
            }
          }
        });
    for (int m = block; m < n; m <<= 1) {
      final int span = m;
      final long[] tw = stageTwiddles(twiddles, n, m);
      int t = tasks(half, parallel);
      forEachTask(
          t,
          task -> {
            long from = (long) half * task / t;
            long to = (long) half * (task + 1) / t;
            stage(a, span, tw, (int) from, (int) to);
          });
    }
  }

  /**
   * The m twiddles of the stage joining blocks of size m, w^(j·n/2m) for j < m, gathered into one
   * contiguous array: read with a stride, they would cost a cache miss per butterfly in the middle
   * stages. The last stage uses the table as it is.
   */
  private static long[] stageTwiddles(long[] twiddles, int n, int m) {
    int stride = n / (2 * m);
    if (stride == 1) {
      return twiddles;
    }
    long[] out = new long[m * L];
    for (int j = 0; j < m; j++) {
      FrArith.copy(twiddles, j * stride * L, out, j * L);
    }
    return out;
  }

  /**
   * Butterflies {@code [from, to)} of the stage joining blocks of size {@code m}: butterfly q pairs
   * element {@code (q / m)·2m + q % m} with the one {@code m} further on, twiddle {@code tw[q %
   * m]}.
   */
  private static void stage(long[] a, int m, long[] tw, int from, int to) {
    long[] t = new long[L];
    int block = from / m;
    int j = from % m;
    for (int q = from; q < to; ) {
      int base = block * 2 * m;
      int end = Math.min(m, j + (to - q));
      for (; j < end; j++, q++) {
        int lo = (base + j) * L;
        int hi = lo + m * L;
        if (j == 0) {
          // w^0 = 1: a plain add/sub, which saves the multiplication on n/2 + n/4 + ...
          // butterflies.
          FrArith.copy(a, hi, t, 0);
        } else {
          FrArith.mul(a, hi, tw, j * L, t, 0);
        }
        FrArith.sub(a, lo, t, 0, a, hi);
        FrArith.add(a, lo, t, 0, a, lo);
      }
      block++;
      j = 0;
    }
  }

  /** Permutes {@code a} so that element i moves to the bit reversal of i. */
  static void bitReverse(long[] a, int logN, boolean parallel) {
    if (logN == 0) {
      return;
    }
    int n = 1 << logN;
    int shift = Integer.SIZE - logN;
    int t = tasks(n, parallel);
    forEachTask(
        t,
        task -> {
          int from = (int) ((long) n * task / t);
          int to = (int) ((long) n * (task + 1) / t);
          // Each pair is swapped once, by the task owning its smaller index.
          for (int i = from; i < to; i++) {
            int r = Integer.reverse(i) >>> shift;
            if (i < r) {
              swap(a, i * L, r * L);
            }
          }
        });
  }

  /** Reverses elements 1..n-1, which maps evaluations at w^i to those at w^-i. */
  static void reverseTail(long[] a, int n) {
    for (int i = 1, k = n - 1; i < k; i++, k--) {
      swap(a, i * L, k * L);
    }
  }

  private static void swap(long[] a, int x, int y) {
    for (int k = 0; k < L; k++) {
      long v = a[x + k];
      a[x + k] = a[y + k];
      a[y + k] = v;
    }
  }

  /** Multiplies element i of {@code a} by {@code start · ratio^i}. */
  static void scaleByPowers(long[] a, int n, Fr start, Fr ratio, boolean parallel) {
    int t = tasks(n, parallel);
    long[] r = new long[L];
    FrArith.load(ratio, r, 0);
    forEachTask(
        t,
        task -> {
          int from = (int) ((long) n * task / t);
          int to = (int) ((long) n * (task + 1) / t);
          long[] power = new long[L];
          FrArith.load(start.mul(ratio.pow(BigInteger.valueOf(from))), power, 0);
          for (int i = from; i < to; i++) {
            FrArith.mul(a, i * L, power, 0, a, i * L);
            FrArith.mul(power, 0, r, 0, power, 0);
          }
        });
  }

  /** {@code w^0 .. w^(count-1)} as Montgomery limbs, each task starting from its own power. */
  static long[] powers(Fr w, int count, boolean parallel) {
    long[] out = new long[count * L];
    long[] step = new long[L];
    FrArith.load(w, step, 0);
    int t = tasks(count, parallel);
    forEachTask(
        t,
        task -> {
          int from = (int) ((long) count * task / t);
          int to = (int) ((long) count * (task + 1) / t);
          if (from == to) {
            return;
          }
          FrArith.load(w.pow(BigInteger.valueOf(from)), out, from * L);
          for (int i = from + 1; i < to; i++) {
            FrArith.mul(out, (i - 1) * L, step, 0, out, i * L);
          }
        });
    return out;
  }
}
