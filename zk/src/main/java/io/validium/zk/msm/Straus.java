package io.validium.zk.msm;

/**
 * Σ kᵢ·Pᵢ on one thread for a few Jacobian points (Straus): every scalar in width-4 NAF, the odd
 * multiples P, 3P, 5P, 7P of each point, and one doubling chain shared by all of them. A term with
 * a 254-bit scalar costs about 51 additions instead of the 254 doublings and 85 additions of its
 * own double-and-add; scalars ±1 are added without any doubling.
 */
final class Straus {

  private static final int WIDTH = 4;
  private static final int ODD_MULTIPLES = 1 << (WIDTH - 2);

  /**
   * From this many general terms the table is made affine: one inversion (tens of multiplications)
   * buys mixed additions that save about five multiplications each, some fifty times per term.
   */
  private static final int AFFINE_FROM = 3;

  private Straus() {}

  /**
   * The sum over j below {@code m} of scalar j (canonical limbs at {@code 4j}) times the Jacobian
   * point at {@code points[j·pointLimbs]}.
   */
  static long[] sum(CurveOps ops, long[] points, long[] scalars, int m) {
    int p = ops.pointLimbs();
    int e = ops.fieldLimbs();
    long[] acc = new long[p];
    ops.setInfinity(acc, 0);
    byte[][] digits = new byte[m][];
    int[] terms = new int[m];
    int general = 0;
    int top = -1;
    long[] negated = new long[p];
    for (int j = 0; j < m; j++) {
      int so = j * Scalars.LIMBS;
      if (Scalars.isZero(scalars, so) || ops.isInfinity(points, j * p)) {
        continue;
      }
      if (Scalars.isOne(scalars, so)) {
        ops.addJacobian(acc, 0, points, j * p, acc, 0);
      } else if (isMinusOne(scalars, so)) {
        System.arraycopy(points, j * p, negated, 0, p);
        ops.neg(negated, e, negated, e);
        ops.addJacobian(acc, 0, negated, 0, acc, 0);
      } else {
        byte[] naf = naf(scalars, so);
        digits[general] = naf;
        terms[general++] = j;
        top = Math.max(top, naf.length - 1);
      }
    }
    if (general == 0) {
      return acc;
    }
    long[] table = new long[general * ODD_MULTIPLES * p];
    long[] twice = new long[p];
    for (int g = 0; g < general; g++) {
      int base = g * ODD_MULTIPLES * p;
      System.arraycopy(points, terms[g] * p, table, base, p);
      ops.dbl(table, base, twice, 0);
      for (int i = 1; i < ODD_MULTIPLES; i++) {
        ops.addJacobian(table, base + (i - 1) * p, twice, 0, table, base + i * p);
      }
    }
    long[] chain =
        general >= AFFINE_FROM
            ? affineChain(ops, table, digits, general, top)
            : jacobianChain(ops, table, digits, general, top);
    ops.addJacobian(acc, 0, chain, 0, acc, 0);
    return acc;
  }

  /** The doubling chain over a table made affine first. */
  private static long[] affineChain(
      CurveOps ops, long[] table, byte[][] digits, int general, int top) {
    int p = ops.pointLimbs();
    int e = ops.fieldLimbs();
    // One inversion makes the whole table affine, so that every addition of the chain is a mixed
    // one (about a third cheaper); the odd multiples of a finite point of prime order are finite.
    int entries = general * ODD_MULTIPLES;
    int a = ops.affineLimbs();
    int[] from = new int[entries];
    int[] to = new int[entries];
    for (int i = 0; i < entries; i++) {
      from[i] = i * p;
      to[i] = i * a;
    }
    long[] affine = new long[entries * a];
    Normalization.toAffine(ops, table, from, affine, to, entries);
    long[] negatedAffine = new long[a];
    long[] chain = new long[p];
    ops.setInfinity(chain, 0);
    for (int bit = top; bit >= 0; bit--) {
      ops.dbl(chain, 0, chain, 0);
      for (int g = 0; g < general; g++) {
        byte[] naf = digits[g];
        if (bit >= naf.length || naf[bit] == 0) {
          continue;
        }
        int d = naf[bit];
        int entry = (g * ODD_MULTIPLES + ((Math.abs(d) - 1) >>> 1)) * a;
        if (d > 0) {
          ops.addMixed(chain, 0, affine, entry, chain, 0);
        } else {
          System.arraycopy(affine, entry, negatedAffine, 0, a);
          ops.neg(negatedAffine, e, negatedAffine, e);
          ops.addMixed(chain, 0, negatedAffine, 0, chain, 0);
        }
      }
    }
    return chain;
  }

  /** The doubling chain over the Jacobian table, for a term or two (no inversion to amortise). */
  private static long[] jacobianChain(
      CurveOps ops, long[] table, byte[][] digits, int general, int top) {
    int p = ops.pointLimbs();
    int e = ops.fieldLimbs();
    long[] negated = new long[p];
    long[] chain = new long[p];
    ops.setInfinity(chain, 0);
    for (int bit = top; bit >= 0; bit--) {
      ops.dbl(chain, 0, chain, 0);
      for (int g = 0; g < general; g++) {
        byte[] naf = digits[g];
        if (bit >= naf.length || naf[bit] == 0) {
          continue;
        }
        int d = naf[bit];
        int entry = g * ODD_MULTIPLES * p + ((Math.abs(d) - 1) >>> 1) * p;
        if (d > 0) {
          ops.addJacobian(chain, 0, table, entry, chain, 0);
        } else {
          System.arraycopy(table, entry, negated, 0, p);
          ops.neg(negated, e, negated, e);
          ops.addJacobian(chain, 0, negated, 0, chain, 0);
        }
      }
    }
    return chain;
  }

  /** Width-4 NAF digits of the canonical scalar at {@code s[so..so+4)}, least significant first. */
  static byte[] naf(long[] s, int so) {
    // Five limbs: adding back a negative digit may carry one bit above the scalar's 254.
    long[] k = new long[5];
    System.arraycopy(s, so, k, 0, 4);
    byte[] out = new byte[Scalars.DIGIT_BITS + 1];
    int length = 0;
    int bit = 0;
    while (!allZero(k)) {
      int digit = 0;
      if ((k[0] & 1) != 0) {
        digit = (int) (k[0] & ((1 << WIDTH) - 1));
        if (digit >= 1 << (WIDTH - 1)) {
          digit -= 1 << WIDTH;
        }
        if (digit > 0) {
          subtractSmall(k, digit);
        } else {
          addSmall(k, -digit);
        }
        length = bit + 1;
      }
      out[bit++] = (byte) digit;
      shiftRight(k);
    }
    byte[] trimmed = new byte[length];
    System.arraycopy(out, 0, trimmed, 0, length);
    return trimmed;
  }

  private static boolean isMinusOne(long[] s, int so) {
    long[] r = Scalars.modulusLimbs();
    return s[so] == r[0] - 1 && s[so + 1] == r[1] && s[so + 2] == r[2] && s[so + 3] == r[3];
  }

  private static boolean allZero(long[] k) {
    return (k[0] | k[1] | k[2] | k[3] | k[4]) == 0;
  }

  private static void subtractSmall(long[] k, int v) {
    long before = k[0];
    k[0] -= v;
    if (Long.compareUnsigned(before, v) < 0) {
      for (int i = 1; i < k.length && k[i]-- == 0; i++) {
        // borrow ripples through limbs that were zero
      }
    }
  }

  private static void addSmall(long[] k, int v) {
    long before = k[0];
    k[0] += v;
    if (Long.compareUnsigned(k[0], before) < 0) {
      for (int i = 1; i < k.length && ++k[i] == 0; i++) {
        // carry ripples through limbs that overflowed
      }
    }
  }

  private static void shiftRight(long[] k) {
    for (int i = 0; i < k.length - 1; i++) {
      k[i] = (k[i] >>> 1) | (k[i + 1] << 63);
    }
    k[k.length - 1] >>>= 1;
  }
}
