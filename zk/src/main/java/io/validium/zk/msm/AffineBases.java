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
    int e = ops.fieldLimbs();
    int a = ops.affineLimbs();
    int p = ops.pointLimbs();
    int len = Math.min(CHUNK, size - from);
    long[] jac = new long[len * p];
    long[] prefix = new long[len * e];
    int[] finite = new int[len];
    int k = 0;
    for (int i = 0; i < len; i++) {
      source.load(from + i, jac, i * p);
      if (ops.isInfinity(jac, i * p)) {
        infinite[from + i] = true;
        continue;
      }
      int z = i * p + 2 * e;
      if (k == 0) {
        System.arraycopy(jac, z, prefix, 0, e);
      } else {
        ops.mul(prefix, (k - 1) * e, jac, z, prefix, k * e);
      }
      finite[k++] = i;
    }
    if (k == 0) {
      return;
    }
    long[] t = new long[3 * e];
    int inv = 0;
    int zInv = e;
    int zInvPow = 2 * e;
    ops.inverse(prefix, (k - 1) * e, t, inv);
    for (int j = k - 1; j >= 0; j--) {
      int i = finite[j];
      int z = i * p + 2 * e;
      if (j > 0) {
        ops.mul(t, inv, prefix, (j - 1) * e, t, zInv);
        ops.mul(t, inv, jac, z, t, inv);
      } else {
        System.arraycopy(t, inv, t, zInv, e);
      }
      int out = (from + i) * a;
      ops.square(t, zInv, t, zInvPow);
      ops.mul(jac, i * p, t, zInvPow, limbs, out);
      ops.mul(t, zInvPow, t, zInv, t, zInvPow);
      ops.mul(jac, i * p + e, t, zInvPow, limbs, out + e);
    }
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
