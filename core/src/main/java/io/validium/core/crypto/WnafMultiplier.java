package io.validium.core.crypto;

/**
 * Variable-base scalar multiplication with a width-5 NAF: about one addition per six bits on top of
 * one doubling per bit. Variable time, so only for public scalars.
 */
final class WnafMultiplier {

  private static final int WIDTH = 5;

  /** Odd multiples 1P, 3P, ..., 15P and their negations. */
  private static final int ODD_MULTIPLES = 1 << (WIDTH - 2);

  private WnafMultiplier() {}

  /**
   * Sets {@code acc} to k·P (all four coordinates valid) for the non-negative little-endian scalar
   * k; P may alias acc.
   */
  static void multiply(EdwardsPoint p, long[] k, EdwardsPoint acc) {
    byte[] naf = ScalarRecoding.wnaf(k, WIDTH);
    long[] table = oddMultiples(p);
    int top = naf.length - 1;
    while (top >= 0 && naf[top] == 0) {
      top--;
    }
    acc.setIdentity();
    for (int i = top; i >= 0; i--) {
      int digit = naf[i];
      // T is only read by additions: the next one here, or the caller's after the last step.
      acc.dbl(digit != 0 || i == 0);
      if (digit != 0) {
        acc.addCached(table, index(digit) * EdwardsPoint.CACHED);
      }
    }
  }

  /** Longs of one table of {@link #oddMultiples}. */
  static final int TABLE = 2 * ODD_MULTIPLES * EdwardsPoint.CACHED;

  /** Cached addends for ±1P, ±3P, ..., ±15P; {@link #index} maps a digit to its slot. */
  static long[] oddMultiples(EdwardsPoint p) {
    long[] table = new long[TABLE];
    oddMultiples(p, table, 0);
    return table;
  }

  /**
   * Writes the {@link #TABLE} longs of {@link #oddMultiples(EdwardsPoint)} into {@code out} from
   * {@code at}, so that a batch can keep every table in one reused array.
   */
  static void oddMultiples(EdwardsPoint p, long[] out, int at) {
    EdwardsPoint cur = new EdwardsPoint();
    cur.set(p);
    cur.dbl(true);
    long[] twoP = new long[EdwardsPoint.CACHED];
    cur.toCached(twoP, 0);
    cur.set(p);
    for (int j = 0; j < ODD_MULTIPLES; j++) {
      if (j > 0) {
        cur.addCached(twoP, 0);
      }
      cur.toCached(out, at + j * EdwardsPoint.CACHED);
      EdwardsPoint.negateCached(
          out, at + j * EdwardsPoint.CACHED, out, at + (ODD_MULTIPLES + j) * EdwardsPoint.CACHED);
    }
  }

  static int index(int digit) {
    return digit > 0 ? digit >> 1 : ODD_MULTIPLES + ((-digit) >> 1);
  }
}
