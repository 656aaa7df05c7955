package io.validium.core.crypto;

/**
 * Affine odd multiples ±1..±127 of B8 and of 2^128·B8, for width-8 wNAF digits of the two 128-bit
 * halves of a public scalar. Lets verification fold S·B8 into the same doubling chain as its other
 * terms with about 30 additions, where {@link Base8Table} needs 64. Variable time: public scalars
 * only. 48 KiB in all.
 */
final class Base8OddMultiples {

  static final int WIDTH = 8;

  private static final int ODD = 1 << (WIDTH - 2);

  /** Multiples of B8, then of 2^128·B8; digit d of half {@code h} sits at {@link #offset}. */
  private static final long[] TABLE = build();

  private Base8OddMultiples() {}

  static long[] table() {
    return TABLE;
  }

  /** Offset in {@link #table} of the addend for wNAF digit {@code digit} of half {@code half}. */
  static int offset(int half, int digit) {
    int slot = digit > 0 ? digit >> 1 : ODD + ((-digit) >> 1);
    return (half * 2 * ODD + slot) * EdwardsPoint.AFFINE;
  }

  private static long[] build() {
    long[] points = new long[2 * ODD * 16];
    EdwardsPoint base = new EdwardsPoint();
    base.setAffine(BabyJubjub.BASE8.x(), BabyJubjub.BASE8.y());
    oddMultiples(base, points, 0);
    for (int i = 0; i < 128; i++) {
      base.dbl(i == 127);
    }
    oddMultiples(base, points, ODD);
    long[] positive = AffineAddends.fromExtended(points, 2 * ODD);
    long[] table = new long[4 * ODD * EdwardsPoint.AFFINE];
    for (int half = 0; half < 2; half++) {
      for (int j = 0; j < ODD; j++) {
        int from = (half * ODD + j) * EdwardsPoint.AFFINE;
        System.arraycopy(positive, from, table, offset(half, 2 * j + 1), EdwardsPoint.AFFINE);
        AffineAddends.negate(positive, from, table, offset(half, -(2 * j + 1)));
      }
    }
    return table;
  }

  /** Writes P, 3P, ..., (2·ODD-1)P as extended points to {@code out} from point {@code first}. */
  private static void oddMultiples(EdwardsPoint p, long[] out, int first) {
    long[] twoP = new long[EdwardsPoint.CACHED];
    EdwardsPoint cur = new EdwardsPoint();
    cur.set(p);
    cur.dbl(true);
    cur.toCached(twoP, 0);
    cur.set(p);
    for (int j = 0; j < ODD; j++) {
      if (j > 0) {
        cur.addCached(twoP, 0);
      }
      System.arraycopy(cur.c, 0, out, (first + j) * 16, 16);
    }
  }
}
