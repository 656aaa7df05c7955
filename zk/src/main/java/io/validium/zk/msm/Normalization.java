package io.validium.zk.msm;

import java.util.Arrays;

/** Jacobian points to affine ones in a batch, with one field inversion for all of them. */
final class Normalization {

  private Normalization() {}

  /**
   * Writes the affine form of the Jacobian point at {@code jac[from[i]]} to {@code out[to[i]]} for
   * i below count, with (0, 0) for infinity.
   */
  static void toAffine(CurveOps ops, long[] jac, int[] from, long[] out, int[] to, int count) {
    int e = ops.fieldLimbs();
    long[] prefix = new long[count * e];
    int[] finite = new int[count];
    int k = 0;
    for (int i = 0; i < count; i++) {
      if (ops.isInfinity(jac, from[i])) {
        Arrays.fill(out, to[i], to[i] + 2 * e, 0L);
        continue;
      }
      int z = from[i] + 2 * e;
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
      int p = from[i];
      if (j > 0) {
        // inv holds 1/(Z_0···Z_j): times the prefix to j-1 it is 1/Z_j; times Z_j it moves on.
        ops.mul(t, inv, prefix, (j - 1) * e, t, zInv);
        ops.mul(t, inv, jac, p + 2 * e, t, inv);
      } else {
        System.arraycopy(t, inv, t, zInv, e);
      }
      ops.square(t, zInv, t, zInvPow);
      ops.mul(jac, p, t, zInvPow, out, to[i]);
      ops.mul(t, zInvPow, t, zInv, t, zInvPow);
      ops.mul(jac, p + e, t, zInvPow, out, to[i] + e);
    }
  }
}
