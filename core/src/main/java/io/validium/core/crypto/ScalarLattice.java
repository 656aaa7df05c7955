package io.validium.core.crypto;

import java.util.Arrays;

/**
 * Splits a verification challenge h into half-size scalars c, d with d ≡ c·h (mod l) and c odd.
 *
 * <p>This is Pornin's lattice trick (ePrint 2020/454): checking c·(S·B8 - h·Q - R8) = O instead of
 * S·B8 - h·Q - R8 = O turns one 254-bit scalar into two of about 127 bits, which halves the
 * doublings. The two checks are equivalent because c is odd and below l: multiplication by c is
 * injective on a group of order 8·l, so a non-zero difference (even one with a small-order
 * component) stays non-zero. c and d come from the extended Euclidean algorithm on (l, h mod l),
 * stopped when the remainder drops below 2^127; all arithmetic is on four little-endian limbs, with
 * the Bézout coefficients in two's complement.
 */
final class ScalarLattice {

  static final long[] L = ScalarRecoding.limbs(BabyJubjub.SUBGROUP_ORDER, 4);

  private static final int HALF_BITS = 127;

  /** The positive, odd multiplier c. */
  final long[] c = new long[4];

  /** |d|, where d ≡ c·h (mod l). */
  final long[] d = new long[4];

  /** Whether d is negative. */
  boolean dNegative;

  private final long[] r0 = new long[4];
  private final long[] r1 = new long[4];
  private final long[] t0 = new long[4];
  private final long[] t1 = new long[4];
  private final long[] shifted = new long[4];

  /** Decomposes h, any value below 2^256 - 8·l (such as a canonical field element). */
  void decompose(long[] h) {
    System.arraycopy(L, 0, r0, 0, 4);
    System.arraycopy(h, 0, r1, 0, 4);
    // h < p < 8·l, so three conditional subtractions reduce it mod l.
    for (int s = 2; s >= 0; s--) {
      if (geShifted(r1, L, s)) {
        subShifted(r1, L, s);
      }
    }
    Arrays.fill(t0, 0);
    Arrays.fill(t1, 0);
    t1[0] = 1;
    // Invariant: r_i ≡ t_i·h (mod l) and |t_1|·r_0 <= l, so |t| stays below 2^124 here.
    while (ScalarRecoding.bitLength(r1) > HALF_BITS) {
      for (int s = ScalarRecoding.bitLength(r0) - ScalarRecoding.bitLength(r1); s >= 0; s--) {
        if (geShifted(r0, r1, s)) {
          subShifted(r0, r1, s);
          subShifted(t0, t1, s);
        }
      }
      swap();
    }
    // r0·t1 - r1·t0 = ±l is odd, so t0 and t1 are not both even.
    boolean useLast = (t1[0] & 1) != 0;
    long[] t = useLast ? t1 : t0;
    long[] r = useLast ? r1 : r0;
    System.arraycopy(r, 0, d, 0, 4);
    System.arraycopy(t, 0, c, 0, 4);
    dNegative = c[3] < 0;
    if (dNegative) {
      negate(c);
    }
  }

  /** out = c·s mod l for s below l, by double-and-add over the bits of c. */
  void multiplyModL(long[] s, long[] out) {
    Arrays.fill(out, 0);
    for (int i = ScalarRecoding.bitLength(c) - 1; i >= 0; i--) {
      addModL(out, out);
      if (((c[i >>> 6] >>> (i & 63)) & 1) != 0) {
        addModL(out, s);
      }
    }
  }

  private void swap() {
    for (int i = 0; i < 4; i++) {
      long r = r0[i];
      r0[i] = r1[i];
      r1[i] = r;
      long t = t0[i];
      t0[i] = t1[i];
      t1[i] = t;
    }
  }

  /** a = a + b mod l for a, b below l (their sum fits in 253 bits). */
  private static void addModL(long[] a, long[] b) {
    long carry = 0;
    for (int i = 0; i < 4; i++) {
      long x = a[i];
      long sum = x + b[i] + carry;
      carry = Long.compareUnsigned(sum, x) < 0 || (carry != 0 && sum == x) ? 1 : 0;
      a[i] = sum;
    }
    if (compare(a, L) >= 0) {
      sub(a, L);
    }
  }

  /** Whether a >= b·2^s, where b·2^s fits in 256 bits. */
  private boolean geShifted(long[] a, long[] b, int s) {
    shift(b, s, shifted);
    return compare(a, shifted) >= 0;
  }

  /** a -= b·2^s modulo 2^256, which is exact for the unsigned remainders and the signed t. */
  private void subShifted(long[] a, long[] b, int s) {
    shift(b, s, shifted);
    sub(a, shifted);
  }

  private static void shift(long[] b, int s, long[] out) {
    int limbs = s >>> 6;
    int bits = s & 63;
    for (int i = 3; i >= 0; i--) {
      int j = i - limbs;
      long hi = j >= 0 ? b[j] << bits : 0;
      long lo = (bits != 0 && j >= 1) ? b[j - 1] >>> (64 - bits) : 0;
      out[i] = hi | lo;
    }
  }

  private static void sub(long[] a, long[] b) {
    long borrow = 0;
    for (int i = 0; i < 4; i++) {
      long x = a[i];
      long diff = x - b[i] - borrow;
      borrow = Long.compareUnsigned(x, b[i]) < 0 || (borrow != 0 && x == b[i]) ? 1 : 0;
      a[i] = diff;
    }
  }

  private static void negate(long[] a) {
    long carry = 1;
    for (int i = 0; i < 4; i++) {
      long v = ~a[i] + carry;
      carry = (carry != 0 && v == 0) ? 1 : 0;
      a[i] = v;
    }
  }

  private static int compare(long[] a, long[] b) {
    for (int i = 3; i >= 0; i--) {
      int c = Long.compareUnsigned(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
