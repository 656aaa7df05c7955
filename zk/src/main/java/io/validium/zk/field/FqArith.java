package io.validium.zk.field;

import java.math.BigInteger;

/**
 * Allocation-free arithmetic on BN254 base-field elements held as four little-endian 64-bit
 * Montgomery limbs ({@code x·2^256 mod q}) inside caller-owned {@code long[]} arrays.
 *
 * <p>This is the engine under {@link Fq}, the extension tower and the curve code: curve points and
 * tower elements are flat arrays of these limbs, so MSM and pairing loops allocate nothing. Element
 * operands are given as {@code (array, offset)}; the element occupies {@code [off, off+4)}.
 *
 * <p>Contract: inputs must be fully reduced Montgomery values; outputs are fully reduced too, and
 * may alias any input. Nothing is checked, because these methods sit in the innermost loops.
 */
public final class FqArith {

  /** Number of 64-bit limbs in one element. */
  public static final int LIMBS = 4;

  static final long Q0 = 0x3c208c16d87cfd47L;
  static final long Q1 = 0x97816a916871ca8dL;
  static final long Q2 = 0xb85045b68181585dL;
  static final long Q3 = 0x30644e72e131a029L;

  /** -q^{-1} mod 2^64, the Montgomery reduction factor. */
  static final long INV = 0x87d20782e4866389L;

  /** The field modulus q. */
  public static final BigInteger MODULUS = toBigInteger(new long[] {Q0, Q1, Q2, Q3}, 0);

  /** R mod q: the Montgomery form of one. */
  private static final long[] ONE = limbsOf(BigInteger.ONE.shiftLeft(256).mod(MODULUS));

  /** R^2 mod q: multiplying by it moves a canonical value into Montgomery form. */
  private static final long[] R2 = limbsOf(BigInteger.ONE.shiftLeft(512).mod(MODULUS));

  /** Plain one, not in Montgomery form: multiplying by it leaves Montgomery form. */
  private static final long[] RAW_ONE = {1, 0, 0, 0};

  private static final BigInteger INVERSE_EXPONENT = MODULUS.subtract(BigInteger.TWO);

  /** q = 3 (mod 4), so a square root of a square a is a^((q+1)/4). */
  private static final BigInteger SQRT_EXPONENT = MODULUS.add(BigInteger.ONE).shiftRight(2);

  private FqArith() {}

  /** Writes the Montgomery form of {@code x} to {@code out[off..off+4)}. */
  public static void load(Fq x, long[] out, int off) {
    System.arraycopy(x.mont, 0, out, off, LIMBS);
  }

  /** Wraps the Montgomery limbs at {@code m[off..off+4)} as an {@link Fq} (copying them). */
  public static Fq toFq(long[] m, int off) {
    long[] copy = new long[LIMBS];
    System.arraycopy(m, off, copy, 0, LIMBS);
    return new Fq(copy);
  }

  /** Sets the element to one. */
  public static void one(long[] out, int off) {
    System.arraycopy(ONE, 0, out, off, LIMBS);
  }

  /** Sets the element to zero (zero is its own Montgomery form). */
  public static void zero(long[] out, int off) {
    out[off] = 0;
    out[off + 1] = 0;
    out[off + 2] = 0;
    out[off + 3] = 0;
  }

  /** Copies one element. */
  public static void copy(long[] a, int ao, long[] out, int oo) {
    out[oo] = a[ao];
    out[oo + 1] = a[ao + 1];
    out[oo + 2] = a[ao + 2];
    out[oo + 3] = a[ao + 3];
  }

  /** Whether the element is zero. */
  public static boolean isZero(long[] a, int ao) {
    return (a[ao] | a[ao + 1] | a[ao + 2] | a[ao + 3]) == 0;
  }

  /** Whether the element is one. */
  public static boolean isOne(long[] a, int ao) {
    return equal(a, ao, ONE, 0);
  }

  /** Whether two elements are equal. */
  public static boolean equal(long[] a, int ao, long[] b, int bo) {
    return ((a[ao] ^ b[bo])
            | (a[ao + 1] ^ b[bo + 1])
            | (a[ao + 2] ^ b[bo + 2])
            | (a[ao + 3] ^ b[bo + 3]))
        == 0;
  }

  /** Converts canonical little-endian limbs (must be below q) to Montgomery form. */
  public static void toMontgomery(long[] canonical, int co, long[] out, int oo) {
    mul(canonical, co, R2, 0, out, oo);
  }

  /** Converts Montgomery limbs to canonical little-endian limbs. */
  public static void fromMontgomery(long[] a, int ao, long[] out, int oo) {
    mul(a, ao, RAW_ONE, 0, out, oo);
  }

  /** out = a + b. */
  public static void add(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    // Both operands are below q < 2^254, so the 256-bit sum cannot overflow. Each carry comes from
    // one sign-bit formula that also counts the incoming carry (Hacker's Delight 2-16).
    long a0 = a[ao], a1 = a[ao + 1], a2 = a[ao + 2], a3 = a[ao + 3];
    long b0 = b[bo], b1 = b[bo + 1], b2 = b[bo + 2], b3 = b[bo + 3];
    long s0 = a0 + b0;
    long c = carry(a0, b0, s0);
    long s1 = a1 + b1 + c;
    c = carry(a1, b1, s1);
    long s2 = a2 + b2 + c;
    c = carry(a2, b2, s2);
    reduceOnce(s0, s1, s2, a3 + b3 + c, out, oo);
  }

  /** out = 2a. */
  public static void dbl(long[] a, int ao, long[] out, int oo) {
    long a0 = a[ao], a1 = a[ao + 1], a2 = a[ao + 2], a3 = a[ao + 3];
    reduceOnce(
        a0 << 1,
        (a1 << 1) | (a0 >>> 63),
        (a2 << 1) | (a1 >>> 63),
        (a3 << 1) | (a2 >>> 63),
        out,
        oo);
  }

  /** out = a - b. */
  public static void sub(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    long a0 = a[ao], a1 = a[ao + 1], a2 = a[ao + 2], a3 = a[ao + 3];
    long b0 = b[bo], b1 = b[bo + 1], b2 = b[bo + 2], b3 = b[bo + 3];
    long d0 = a0 - b0;
    long br = borrow(a0, b0, d0);
    long d1 = a1 - b1 - br;
    br = borrow(a1, b1, d1);
    long d2 = a2 - b2 - br;
    br = borrow(a2, b2, d2);
    // The top limbs are below 2^62, so the top difference is a signed value whose sign is the
    // final borrow; on borrow add q back, selected by a mask to stay branch-free.
    long d3 = a3 - b3 - br;
    long mask = d3 >> 63;
    long q0 = Q0 & mask, q1 = Q1 & mask, q2 = Q2 & mask;
    long r0 = d0 + q0;
    long c = carry(d0, q0, r0);
    long r1 = d1 + q1 + c;
    c = carry(d1, q1, r1);
    long r2 = d2 + q2 + c;
    c = carry(d2, q2, r2);
    out[oo] = r0;
    out[oo + 1] = r1;
    out[oo + 2] = r2;
    out[oo + 3] = d3 + (Q3 & mask) + c;
  }

  /** out = -a. */
  public static void neg(long[] a, int ao, long[] out, int oo) {
    long a0 = a[ao], a1 = a[ao + 1], a2 = a[ao + 2], a3 = a[ao + 3];
    // q - 0 would be q, which is not reduced: force zero to stay zero.
    long nonZero = -(((a0 | a1 | a2 | a3) | -(a0 | a1 | a2 | a3)) >>> 63);
    long d0 = Q0 - a0;
    long br = borrow(Q0, a0, d0);
    long d1 = Q1 - a1 - br;
    br = borrow(Q1, a1, d1);
    long d2 = Q2 - a2 - br;
    br = borrow(Q2, a2, d2);
    out[oo] = d0 & nonZero;
    out[oo + 1] = d1 & nonZero;
    out[oo + 2] = d2 & nonZero;
    out[oo + 3] = (Q3 - a3 - br) & nonZero;
  }

  /** out = a², cheaper than {@code mul(a, a)}: each cross product is computed once. */
  public static void square(long[] a, int ao, long[] out, int oo) {
    FqKernel.square(a, ao, out, oo);
  }

  /** out = a · b · 2^-256 mod q, the Montgomery product (see {@link FqKernel}). */
  public static void mul(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    FqKernel.mul(a, ao, b, bo, out, oo);
  }

  /** out = a^e for a non-negative exponent; square-and-multiply, so not for secret exponents. */
  public static void pow(long[] a, int ao, BigInteger e, long[] out, int oo) {
    long[] base = new long[LIMBS];
    copy(a, ao, base, 0);
    long[] acc = new long[LIMBS];
    one(acc, 0);
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      square(acc, 0, acc, 0);
      if (e.testBit(i)) {
        mul(acc, 0, base, 0, acc, 0);
      }
    }
    copy(acc, 0, out, oo);
  }

  /** out = a^-1 by Fermat's little theorem; zero maps to zero. */
  public static void inverse(long[] a, int ao, long[] out, int oo) {
    pow(a, ao, INVERSE_EXPONENT, out, oo);
  }

  /**
   * out = a^((q+1)/4), which is a square root of a whenever a is a square; the caller checks by
   * squaring.
   */
  public static void sqrtCandidate(long[] a, int ao, long[] out, int oo) {
    pow(a, ao, SQRT_EXPONENT, out, oo);
  }

  /** Writes x - q if x >= q, else x; x must be below 2q (so below 2^255). */
  private static void reduceOnce(long x0, long x1, long x2, long x3, long[] out, int oo) {
    long d0 = x0 - Q0;
    long br = borrow(x0, Q0, d0);
    long d1 = x1 - Q1 - br;
    br = borrow(x1, Q1, d1);
    long d2 = x2 - Q2 - br;
    br = borrow(x2, Q2, d2);
    // x3 < 2^63 and Q3 < 2^62: the signed top difference is negative exactly when x < q.
    long d3 = x3 - Q3 - br;
    long keep = d3 >> 63;
    out[oo] = (x0 & keep) | (d0 & ~keep);
    out[oo + 1] = (x1 & keep) | (d1 & ~keep);
    out[oo + 2] = (x2 & keep) | (d2 & ~keep);
    out[oo + 3] = (x3 & keep) | (d3 & ~keep);
  }

  /** Carry out of the unsigned addition s = x + y (+ a carry in, which the formula allows for). */
  static long carry(long x, long y, long s) {
    return ((x & y) | ((x | y) & ~s)) >>> 63;
  }

  /** Borrow out of the unsigned subtraction d = x - y (- a borrow in, which it allows for). */
  private static long borrow(long x, long y, long d) {
    return ((~x & y) | (~(x ^ y) & d)) >>> 63;
  }

  /** The four little-endian limbs of a value below 2^256. */
  static long[] limbsOf(BigInteger v) {
    long[] l = new long[LIMBS];
    for (int i = 0; i < LIMBS; i++) {
      l[i] = v.shiftRight(64 * i).longValue();
    }
    return l;
  }

  /** The value of four little-endian limbs. */
  static BigInteger toBigInteger(long[] limbs, int off) {
    BigInteger v = BigInteger.ZERO;
    for (int i = LIMBS - 1; i >= 0; i--) {
      v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(limbs[off + i])));
    }
    return v;
  }
}
