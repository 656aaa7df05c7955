package io.validium.zk.msm;

import java.util.stream.IntStream;

/**
 * Work on many points at once, in parallel chunks: each point times one scalar, and the conversion
 * of a chunk to affine form with one field inversion.
 */
final class Batches {

  private static final int CHUNK = 1024;

  private Batches() {}

  /** Reads Jacobian point i into {@code out[oo..)}. */
  @FunctionalInterface
  interface Source {
    void load(int i, long[] out, int oo);
  }

  /**
   * The affine limbs (x, y per point; (0, 0) at infinity) of point i times the canonical scalar, or
   * of point i itself if the scalar is null.
   */
  static long[] affine(Group group, int size, Source source, long[] scalar) {
    int a = group.newOps().affineLimbs();
    long[] out = new long[size * a];
    int chunks = (size + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(c -> chunk(group, size, source, scalar, out, c));
    return out;
  }

  private static void chunk(
      Group group, int size, Source source, long[] scalar, long[] out, int c) {
    CurveOps ops = group.newOps();
    int p = ops.pointLimbs();
    int a = ops.affineLimbs();
    int from = c * CHUNK;
    int len = Math.min(CHUNK, size - from);
    long[] jac = new long[len * p];
    int[] jacOffsets = new int[len];
    int[] outOffsets = new int[len];
    long[] one = new long[p];
    for (int i = 0; i < len; i++) {
      if (scalar == null) {
        source.load(from + i, jac, i * p);
      } else {
        source.load(from + i, one, 0);
        System.arraycopy(Straus.sum(ops, one, scalar, 1), 0, jac, i * p, p);
      }
      jacOffsets[i] = i * p;
      outOffsets[i] = (from + i) * a;
    }
    Normalization.toAffine(ops, jac, jacOffsets, out, outOffsets, len);
  }
}
