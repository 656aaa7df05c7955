package io.validium.core.crypto;

import io.validium.core.field.FrArith;

/**
 * Precomputed multiples of the base point B8 for fixed-base multiplication without doublings.
 *
 * <p>Row i holds j·16^i·B8 for j = 1..8 as affine addends, so k·B8 is 64 mixed additions of
 * (signed) row entries, one per radix-16 digit of k. The table is 48 KiB. Entries are selected by
 * scanning the whole row with masks, so neither memory access nor branches depend on the digit,
 * because signing multiplies B8 by secret scalars.
 */
final class Base8Table {

  private static final int WINDOWS = 64;
  private static final int ENTRIES = 8;
  private static final int ROW = ENTRIES * EdwardsPoint.AFFINE;

  private static final long[] TABLE = build();

  private Base8Table() {}

  /** Sets {@code acc} to k·B8 for four-limb k below 2^255. */
  static void multiply(long[] k, EdwardsPoint acc) {
    acc.setIdentity();
    addMultiple(k, acc);
  }

  /** Adds k·B8 to {@code acc}, for four-limb k below 2^255. */
  static void addMultiple(long[] k, EdwardsPoint acc) {
    byte[] digits = ScalarRecoding.signedRadix16(k);
    long[] entry = new long[EdwardsPoint.AFFINE + FrArith.LIMBS];
    for (int i = 0; i < WINDOWS; i++) {
      select(i, digits[i], entry);
      acc.addAffine(entry, 0);
    }
  }

  /** Writes d·16^i·B8 (identity for d = 0) into {@code out[0..12)}; {@code out[12..16)} scratch. */
  private static void select(int row, int d, long[] out) {
    FrArith.one(out, 0);
    FrArith.one(out, 4);
    FrArith.zero(out, 8);
    int negative = d >>> 31;
    int abs = (d ^ -negative) + negative;
    int base = row * ROW;
    for (int j = 1; j <= ENTRIES; j++) {
      long mask = -(long) (((abs ^ j) - 1) >>> 31);
      int e = base + (j - 1) * EdwardsPoint.AFFINE;
      for (int w = 0; w < EdwardsPoint.AFFINE; w++) {
        out[w] = (out[w] & ~mask) | (TABLE[e + w] & mask);
      }
    }
    // -(u, y) = (-u, y): swap y-u and y+u, negate 2d'·u·y; sub is branch-free, neg is not.
    long swap = -(long) negative;
    for (int w = 0; w < FrArith.LIMBS; w++) {
      long t = (out[w] ^ out[w + 4]) & swap;
      out[w] ^= t;
      out[w + 4] ^= t;
    }
    FrArith.sub(EdwardsPoint.ZERO, 0, out, 8, out, 12);
    for (int w = 0; w < FrArith.LIMBS; w++) {
      out[8 + w] = (out[8 + w] & ~swap) | (out[12 + w] & swap);
    }
  }

  private static long[] build() {
    int count = WINDOWS * ENTRIES;
    long[] points = new long[count * 16];
    long[] cached = new long[EdwardsPoint.CACHED];
    EdwardsPoint rowBase = new EdwardsPoint();
    rowBase.setAffine(BabyJubjub.BASE8.x(), BabyJubjub.BASE8.y());
    EdwardsPoint acc = new EdwardsPoint();
    for (int i = 0; i < WINDOWS; i++) {
      rowBase.toCached(cached, 0);
      acc.set(rowBase);
      for (int j = 0; j < ENTRIES; j++) {
        if (j > 0) {
          acc.addCached(cached, 0);
        }
        System.arraycopy(acc.c, 0, points, (i * ENTRIES + j) * 16, 16);
      }
      for (int n = 0; n < 4; n++) {
        rowBase.dbl(n == 3);
      }
    }
    return AffineAddends.fromExtended(points, count);
  }
}
