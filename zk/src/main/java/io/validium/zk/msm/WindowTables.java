package io.validium.zk.msm;

import java.util.stream.IntStream;

/**
 * Every base times 2^(lowest bit of window w) for each window w of width c, affine, in one flat
 * array: window w's copy of point i at index w·n + i. With them, the digits of all windows of an
 * MSM go into one set of buckets, Σ_w Σ_i d_{w,i}·2^start(w)·P_i = Σ_i k_i·P_i, so the buckets are
 * reduced once instead of once per window and no doublings join the windows. The price is memory
 * (windows times the bases) and, once per set of bases, about 255 doublings per point.
 */
final class WindowTables {

  /** Points per task while building: one inversion normalizes a chunk's copies of all windows. */
  private static final int CHUNK = 256;

  final int window;
  final int windows;
  final int size;
  final long[] limbs;

  private WindowTables(int window, int size, long[] limbs) {
    this.window = window;
    this.windows = Scalars.windows(window);
    this.size = size;
    this.limbs = limbs;
  }

  /** Limbs the tables of {@code size} points of {@code group} at window c take. */
  static long limbsFor(Group group, int size, int c) {
    return (long) Scalars.windows(c) * size * group.newOps().affineLimbs();
  }

  /** Builds the tables of window width c, in parallel chunks. */
  static WindowTables of(AffineBases bases, int c) {
    long limbs = limbsFor(bases.group, bases.size, c);
    if (limbs > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "window tables of " + limbs + " limbs do not fit an array");
    }
    WindowTables t = new WindowTables(c, bases.size, new long[(int) limbs]);
    int chunks = (bases.size + CHUNK - 1) / CHUNK;
    IntStream range = IntStream.range(0, chunks);
    (chunks > 1 ? range.parallel() : range).forEach(k -> t.build(bases, k * CHUNK));
    return t;
  }

  private void build(AffineBases bases, int from) {
    CurveOps ops = bases.group.newOps();
    int a = ops.affineLimbs();
    int p = ops.pointLimbs();
    int len = Math.min(CHUNK, size - from);
    int count = len * windows;
    long[] jac = new long[count * p];
    int[] jacOffsets = new int[count];
    int[] outOffsets = new int[count];
    for (int i = 0; i < len; i++) {
      long[] point = bases.jacobian(from + i);
      for (int w = 0; w < windows; w++) {
        int k = i * windows + w;
        if (w > 0) {
          for (int d = Scalars.width(window, w - 1); d > 0; d--) {
            ops.dbl(point, 0, point, 0);
          }
        }
        System.arraycopy(point, 0, jac, k * p, p);
        jacOffsets[k] = k * p;
        outOffsets[k] = (w * size + from + i) * a;
      }
    }
    Normalization.toAffine(ops, jac, jacOffsets, limbs, outOffsets, count);
  }
}
