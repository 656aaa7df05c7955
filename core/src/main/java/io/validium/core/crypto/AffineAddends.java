package io.validium.core.crypto;

import io.validium.core.field.FrArith;

/** Batch conversion of extended points to the affine addends that precomputed tables hold. */
final class AffineAddends {

  private AffineAddends() {}

  /**
   * Converts {@code count} extended points, stored 16 limbs apiece, to affine addends with one
   * shared inversion (Montgomery's trick), for tables built once at class initialisation.
   */
  static long[] fromExtended(long[] points, int count) {
    long[] prefix = new long[count * FrArith.LIMBS];
    long[] acc = new long[FrArith.LIMBS];
    FrArith.one(acc, 0);
    for (int n = 0; n < count; n++) {
      FrArith.copy(acc, 0, prefix, n * 4);
      FrArith.mul(acc, 0, points, n * 16 + EdwardsPoint.Z, acc, 0);
    }
    FrArith.load(FrArith.toFr(acc, 0).inverse(), acc, 0);
    long[] table = new long[count * EdwardsPoint.AFFINE];
    long[] zInv = new long[FrArith.LIMBS];
    long[] u = new long[FrArith.LIMBS];
    long[] y = new long[FrArith.LIMBS];
    for (int n = count - 1; n >= 0; n--) {
      // acc = 1/(Z_0···Z_n); peel Z_n off for the next step.
      FrArith.mul(acc, 0, prefix, n * 4, zInv, 0);
      FrArith.mul(acc, 0, points, n * 16 + EdwardsPoint.Z, acc, 0);
      FrArith.mul(points, n * 16 + EdwardsPoint.X, zInv, 0, u, 0);
      FrArith.mul(points, n * 16 + EdwardsPoint.Y, zInv, 0, y, 0);
      int e = n * EdwardsPoint.AFFINE;
      FrArith.sub(y, 0, u, 0, table, e);
      FrArith.add(y, 0, u, 0, table, e + 4);
      FrArith.mul(u, 0, y, 0, table, e + 8);
      FrArith.mul(table, e + 8, EdwardsPoint.D2, 0, table, e + 8);
    }
    return table;
  }

  /** Writes the negation of the affine addend at {@code q} to {@code out}: -(u, y) = (-u, y). */
  static void negate(long[] q, int qo, long[] out, int oo) {
    FrArith.copy(q, qo, out, oo + 4);
    FrArith.copy(q, qo + 4, out, oo);
    FrArith.neg(q, qo + 8, out, oo + 8);
  }
}
