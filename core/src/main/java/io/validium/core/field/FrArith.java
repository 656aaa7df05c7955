package io.validium.core.field;

import java.math.BigInteger;

/**
 * Allocation-free arithmetic on BN254 scalar-field elements held as four little-endian 64-bit
 * Montgomery limbs ({@code x·2^256 mod r}) inside caller-owned {@code long[]} arrays.
 *
 * <p>This is the engine behind {@link Fr}; it is public so that hot loops elsewhere (Poseidon,
 * curve arithmetic) can keep whole states in one flat array and avoid an object per operation.
 * Every method has two forms: one on arrays of exactly {@link #LIMBS} limbs, and one taking an
 * offset into a larger array, where element {@code k} lives at {@code [4k, 4k+4)}.
 *
 * <p>Contract: inputs must be fully reduced Montgomery values (as produced by this class or by
 * {@link #load}); outputs are fully reduced too. The output may alias either input. Apart from the
 * term count of {@link #dot}, nothing is checked, because these methods sit in the innermost loops;
 * use {@link Fr} where safety matters.
 */
public final class FrArith {

  /** Number of 64-bit limbs in one element. */
  public static final int LIMBS = 4;

  static final long Q0 = 0x43e1f593f0000001L;
  static final long Q1 = 0x2833e84879b97091L;
  static final long Q2 = 0xb85045b68181585dL;
  static final long Q3 = 0x30644e72e131a029L;

  static final BigInteger MODULUS = toBigInteger(new long[] {Q0, Q1, Q2, Q3}, 0);

  /** R mod r: the Montgomery form of one. */
  private static final long[] ONE = limbsOf(BigInteger.ONE.shiftLeft(256).mod(MODULUS));

  /** R^2 mod r: multiplying by it moves a canonical value into Montgomery form. */
  private static final long[] R2 = limbsOf(BigInteger.ONE.shiftLeft(512).mod(MODULUS));

  /** Zero, the addend of a plain {@link #dot}. */
  private static final long[] ZERO = new long[LIMBS];

  /** Plain one, not in Montgomery form: multiplying by it leaves Montgomery form. */
  private static final long[] RAW_ONE = {1, 0, 0, 0};

  private FrArith() {}

  /** Writes the Montgomery form of {@code x} to {@code out[off..off+4)}. */
  public static void load(Fr x, long[] out, int off) {
    System.arraycopy(x.mont, 0, out, off, LIMBS);
  }

  /** Wraps the Montgomery limbs at {@code m[off..off+4)} as an {@link Fr} (copying them). */
  public static Fr toFr(long[] m, int off) {
    long[] copy = new long[LIMBS];
    System.arraycopy(m, off, copy, 0, LIMBS);
    return new Fr(copy);
  }

  /** Sets {@code out} to the Montgomery form of one. */
  public static void one(long[] out, int off) {
    System.arraycopy(ONE, 0, out, off, LIMBS);
  }

  /** Sets {@code out} to zero (zero is its own Montgomery form). */
  public static void zero(long[] out, int off) {
    out[off] = 0;
    out[off + 1] = 0;
    out[off + 2] = 0;
    out[off + 3] = 0;
  }

  /** Copies one element. */
  public static void copy(long[] a, int ao, long[] out, int oo) {
    System.arraycopy(a, ao, out, oo, LIMBS);
  }

  /** Whether the element is zero. */
  public static boolean isZero(long[] a, int ao) {
    return (a[ao] | a[ao + 1] | a[ao + 2] | a[ao + 3]) == 0;
  }

  /** Whether two elements are equal. */
  public static boolean equal(long[] a, int ao, long[] b, int bo) {
    return ((a[ao] ^ b[bo])
            | (a[ao + 1] ^ b[bo + 1])
            | (a[ao + 2] ^ b[bo + 2])
            | (a[ao + 3] ^ b[bo + 3]))
        == 0;
  }

  /** Converts canonical little-endian limbs (must be below r) to Montgomery form. */
  public static void toMontgomery(long[] canonical, int co, long[] out, int oo) {
    mul(canonical, co, R2, 0, out, oo);
  }

  /** Converts Montgomery limbs to canonical little-endian limbs. */
  public static void fromMontgomery(long[] a, int ao, long[] out, int oo) {
    mul(a, ao, RAW_ONE, 0, out, oo);
  }

  /** out = a + b. */
  public static void add(long[] a, long[] b, long[] out) {
    add(a, 0, b, 0, out, 0);
  }

  /** out = a + b, at offsets. */
  public static void add(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    // Both operands are below r < 2^254, so the 256-bit sum cannot overflow. Each carry comes from
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

  /** out = a - b. */
  public static void sub(long[] a, long[] b, long[] out) {
    sub(a, 0, b, 0, out, 0);
  }

  /** out = a - b, at offsets. */
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
    // final borrow; on borrow add r back, selected by a mask to stay branch-free.
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
  public static void neg(long[] a, long[] out) {
    neg(a, 0, out, 0);
  }

  /** out = -a, at offsets. */
  public static void neg(long[] a, int ao, long[] out, int oo) {
    if (isZero(a, ao)) {
      zero(out, oo);
      return;
    }
    long a0 = a[ao], a1 = a[ao + 1], a2 = a[ao + 2], a3 = a[ao + 3];
    long d0 = Q0 - a0;
    long br = borrow(Q0, a0, d0);
    long d1 = Q1 - a1 - br;
    br = borrow(Q1, a1, d1);
    long d2 = Q2 - a2 - br;
    br = borrow(Q2, a2, d2);
    out[oo] = d0;
    out[oo + 1] = d1;
    out[oo + 2] = d2;
    out[oo + 3] = Q3 - a3 - br;
  }

  /** out = a · b. */
  public static void mul(long[] a, long[] b, long[] out) {
    mul(a, 0, b, 0, out, 0);
  }

  /** out = a². */
  public static void square(long[] a, long[] out) {
    MontgomeryKernel.square(a, 0, out, 0);
  }

  /** out = a², at offsets; cheaper than {@code mul(a, a)}. */
  public static void square(long[] a, int ao, long[] out, int oo) {
    MontgomeryKernel.square(a, ao, out, oo);
  }

  /** out = a⁵, the Poseidon S-box, at offsets. */
  public static void pow5(long[] a, int ao, long[] out, int oo) {
    pow5(a, ao, out, oo, new long[LIMBS], 0);
  }

  /**
   * out = a⁵ using one element of caller-owned scratch space at {@code scratch[so..so+4)}, so hot
   * loops allocate nothing; the scratch must not overlap {@code a}.
   */
  public static void pow5(long[] a, int ao, long[] out, int oo, long[] scratch, int so) {
    MontgomeryKernel.pow5(a, ao, out, oo, scratch, so);
  }

  /** out = a · b, at offsets (Montgomery product; see {@link MontgomeryKernel}). */
  public static void mul(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    MontgomeryKernel.mul(a, ao, b, bo, out, oo);
  }

  /**
   * out = Σ a_k · b_k for k < n, where element k of each operand is at offset {@code 4k} from its
   * start; 1 <= n <= {@value MontgomeryKernel#MAX_DOT_TERMS}. Costs one reduction for the whole sum
   * rather than one per product, which is what makes matrix-vector products cheap.
   */
  public static void dot(long[] a, int ao, long[] b, int bo, int n, long[] out, int oo) {
    dotPlus(a, ao, b, bo, n, ZERO, 0, out, oo);
  }

  /**
   * out = Σ a_k · b_k + c for k < n, laid out as in {@link #dot}; the addend c at {@code
   * c[co..co+4)} is folded into the same single reduction, so it is cheaper than a separate {@link
   * #add}. The output may alias any input.
   */
  public static void dotPlus(
      long[] a, int ao, long[] b, int bo, int n, long[] c, int co, long[] out, int oo) {
    if (n < 1 || n > MontgomeryKernel.MAX_DOT_TERMS) {
      throw new IllegalArgumentException(
          "dot takes 1.." + MontgomeryKernel.MAX_DOT_TERMS + " terms, got " + n);
    }
    if (n == 3) {
      MontgomeryKernel.dot3(a, ao, b, bo, c, co, out, oo);
    } else if (n == 2) {
      MontgomeryKernel.dot2(a, ao, b, bo, c, co, out, oo);
    } else {
      MontgomeryKernel.dot(a, ao, b, bo, n, c, co, out, oo);
    }
  }

  /**
   * out = a · b + c, cheaper than {@link #mul} then {@link #add} because c joins the product before
   * its single normalisation. The output may alias any input.
   */
  public static void mulPlus(
      long[] a, int ao, long[] b, int bo, long[] c, int co, long[] out, int oo) {
    MontgomeryKernel.mulPlus(a, ao, b, bo, c, co, out, oo);
  }

  /**
   * Subtracts r from the element at {@code x[xo..xo+4)} if it is at least r, so a value below 2r
   * comes out reduced.
   */
  static void subtractModulusIfAbove(long[] x, int xo) {
    reduceOnce(x[xo], x[xo + 1], x[xo + 2], x[xo + 3], x, xo);
  }

  /**
   * Writes x - r if x >= r, else x, for any 256-bit x; the result is reduced when x is below 2r.
   */
  private static void reduceOnce(long x0, long x1, long x2, long x3, long[] out, int oo) {
    long d0 = x0 - Q0;
    long br = borrow(x0, Q0, d0);
    long d1 = x1 - Q1 - br;
    br = borrow(x1, Q1, d1);
    long d2 = x2 - Q2 - br;
    br = borrow(x2, Q2, d2);
    long d3 = x3 - Q3 - br;
    br = borrow(x3, Q3, d3);
    // A final borrow means x < r: keep x. Select without a data-dependent branch.
    long keep = -br;
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
  static long borrow(long x, long y, long d) {
    return ((~x & y) | (~(x ^ y) & d)) >>> 63;
  }

  static long[] limbsOf(BigInteger v) {
    long[] l = new long[LIMBS];
    for (int i = 0; i < LIMBS; i++) {
      l[i] = v.shiftRight(64 * i).longValue();
    }
    return l;
  }

  static BigInteger toBigInteger(long[] limbs, int off) {
    BigInteger v = BigInteger.ZERO;
    for (int i = LIMBS - 1; i >= 0; i--) {
      v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(limbs[off + i])));
    }
    return v;
  }
}
