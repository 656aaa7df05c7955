package io.validium.zk.msm;

import java.util.stream.IntStream;

/**
 * Points in affine form in one flat array, point i at {@code [i·a, (i+1)·a)} for a = {@link
 * CurveOps#affineLimbs()}, with the points at infinity (which have no affine form) flagged.
 */
final class AffineBases {

  /** Reads Jacobian point i into {@code out[oo..)}. */
  @FunctionalInterface
  interface JacobianSource {
    void load(int i, long[] out, int oo);
  }

  /** Points normalized per chunk: one inversion per chunk, chunks in parallel. */
  private static final int CHUNK = 4096;

  final Group group;
  final int size;
  final long[] limbs;
  final boolean[] infinite;

  private AffineBases(Group group, int size, long[] limbs, boolean[] infinite) {
    this.group = group;
    this.size = size;
    this.limbs = limbs;
    this.infinite = infinite;
  }

  /** Converts {@code size} Jacobian points to affine, with one field inversion per chunk. */
  static AffineBases fromJacobian(Group group, int size, JacobianSource source) {
    int a = group.newOps().affineLimbs();
    AffineBases bases = new AffineBases(group, size, new long[size * a], new boolean[size]);
    int chunks = (size + CHUNK - 1) / CHUNK;
    IntStream range = IntStream.range(0, chunks);
    (chunks > 1 ? range.parallel() : range).forEach(c -> bases.normalize(source, c * CHUNK));
    return bases;
  }

  private void normalize(JacobianSource source, int from) {
    CurveOps ops = group.newOps();
    int a = ops.affineLimbs();
    int p = ops.pointLimbs();
    int len = Math.min(CHUNK, size - from);
    long[] jac = new long[len * p];
    int[] jacOffsets = new int[len];
    int[] outOffsets = new int[len];
    for (int i = 0; i < len; i++) {
      source.load(from + i, jac, i * p);
      jacOffsets[i] = i * p;
      outOffsets[i] = (from + i) * a;
      infinite[from + i] = ops.isInfinity(jac, i * p);
    }
    Normalization.toAffine(ops, jac, jacOffsets, limbs, outOffsets, len);
  }

  /** Jacobian limbs of point i: (x, y, 1), or infinity. */
  long[] jacobian(int i) {
    CurveOps ops = group.newOps();
    long[] out = new long[ops.pointLimbs()];
    if (infinite[i]) {
      ops.setInfinity(out, 0);
    } else {
      ops.fromAffine(limbs, i * ops.affineLimbs(), out, 0);
    }
    return out;
  }
}
