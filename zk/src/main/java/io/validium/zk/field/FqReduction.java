package io.validium.zk.field;

/**
 * Montgomery reduction of the column sums produced by {@link FqKernel}: given T (at most 7q²) as
 * per-column accumulator pairs, computes (T + m·q)·2^-256, a value congruent to T·2^-256 mod q.
 *
 * <p>For each of the four low columns c in turn, the Montgomery digit m_c is chosen so that adding
 * m_c·q clears column c; all four partial products of m_c·q are added at once and column c's carry
 * moves up. The upper four columns then hold the result. The digits m_c are used as signed words
 * (only m_c mod 2^64 matters for clearing the column) and q itself in signed digits, so the same
 * carry-free multiply-accumulate as the products applies. The result then lies in (-q/2, 1.83q);
 * for a single product of reduced inputs it lies in (-q/2, 0.7q), which one conditional addition of
 * q normalises.
 */
final class FqReduction {

  private static final long M32 = 0xFFFFFFFFL;

  /** -q^-1 mod 2^64. */
  private static final long INV = FqArith.INV;

  /**
   * q in signed digits: limbs 1 and 2 of q exceed 2^63, so each borrows 2^64 from the limb above.
   */
  private static final long S0 = 0x3c208c16d87cfd47L;

  private static final long S1 = -0x687e956e978e3573L;
  private static final long S2 = -0x47afba497e7ea7a2L;
  private static final long S3 = 0x30644e72e131a02aL;

  private FqReduction() {}

  /**
   * Reduces T = Σ_c (a_c + b_c·2^32)·2^(64c): writes the low 256 bits of T·2^-256 + m·q·2^-256 (a
   * value in (-q/2, 1.83q) for T below 7q²) and returns the word above them, 0 or -1, which {@link
   * #normaliseBelowModulus} needs. Each accumulator must stay well inside ±2^62, which sums of at
   * most 7 products do.
   */
  static long reduce(
      long a0,
      long b0,
      long a1,
      long b1,
      long a2,
      long b2,
      long a3,
      long b3,
      long a4,
      long b4,
      long a5,
      long b5,
      long a6,
      long b6,
      long a7,
      long b7,
      long a8,
      long b8,
      long[] out,
      int oo) {
    long lo;
    long hi;
    long x;
    long carry = 0;
    x = a0 + carry;
    long m0 = (x + (b0 << 32)) * INV;
    lo = m0 * S0;
    hi = Math.multiplyHigh(m0, S0);
    a0 += lo & M32;
    b0 += lo >>> 32;
    a1 += hi & M32;
    b1 += hi >> 32;
    lo = m0 * S1;
    hi = Math.multiplyHigh(m0, S1);
    a1 += lo & M32;
    b1 += lo >>> 32;
    a2 += hi & M32;
    b2 += hi >> 32;
    lo = m0 * S2;
    hi = Math.multiplyHigh(m0, S2);
    a2 += lo & M32;
    b2 += lo >>> 32;
    a3 += hi & M32;
    b3 += hi >> 32;
    lo = m0 * S3;
    hi = Math.multiplyHigh(m0, S3);
    a3 += lo & M32;
    b3 += lo >>> 32;
    a4 += hi & M32;
    b4 += hi >> 32;
    x = a0 + carry;
    carry = ((x >> 32) + b0) >> 32;
    x = a1 + carry;
    long m1 = (x + (b1 << 32)) * INV;
    lo = m1 * S0;
    hi = Math.multiplyHigh(m1, S0);
    a1 += lo & M32;
    b1 += lo >>> 32;
    a2 += hi & M32;
    b2 += hi >> 32;
    lo = m1 * S1;
    hi = Math.multiplyHigh(m1, S1);
    a2 += lo & M32;
    b2 += lo >>> 32;
    a3 += hi & M32;
    b3 += hi >> 32;
    lo = m1 * S2;
    hi = Math.multiplyHigh(m1, S2);
    a3 += lo & M32;
    b3 += lo >>> 32;
    a4 += hi & M32;
    b4 += hi >> 32;
    lo = m1 * S3;
    hi = Math.multiplyHigh(m1, S3);
    a4 += lo & M32;
    b4 += lo >>> 32;
    a5 += hi & M32;
    b5 += hi >> 32;
    x = a1 + carry;
    carry = ((x >> 32) + b1) >> 32;
    x = a2 + carry;
    long m2 = (x + (b2 << 32)) * INV;
    lo = m2 * S0;
    hi = Math.multiplyHigh(m2, S0);
    a2 += lo & M32;
    b2 += lo >>> 32;
    a3 += hi & M32;
    b3 += hi >> 32;
    lo = m2 * S1;
    hi = Math.multiplyHigh(m2, S1);
    a3 += lo & M32;
    b3 += lo >>> 32;
    a4 += hi & M32;
    b4 += hi >> 32;
    lo = m2 * S2;
    hi = Math.multiplyHigh(m2, S2);
    a4 += lo & M32;
    b4 += lo >>> 32;
    a5 += hi & M32;
    b5 += hi >> 32;
    lo = m2 * S3;
    hi = Math.multiplyHigh(m2, S3);
    a5 += lo & M32;
    b5 += lo >>> 32;
    a6 += hi & M32;
    b6 += hi >> 32;
    x = a2 + carry;
    carry = ((x >> 32) + b2) >> 32;
    x = a3 + carry;
    long m3 = (x + (b3 << 32)) * INV;
    lo = m3 * S0;
    hi = Math.multiplyHigh(m3, S0);
    a3 += lo & M32;
    b3 += lo >>> 32;
    a4 += hi & M32;
    b4 += hi >> 32;
    lo = m3 * S1;
    hi = Math.multiplyHigh(m3, S1);
    a4 += lo & M32;
    b4 += lo >>> 32;
    a5 += hi & M32;
    b5 += hi >> 32;
    lo = m3 * S2;
    hi = Math.multiplyHigh(m3, S2);
    a5 += lo & M32;
    b5 += lo >>> 32;
    a6 += hi & M32;
    b6 += hi >> 32;
    lo = m3 * S3;
    hi = Math.multiplyHigh(m3, S3);
    a6 += lo & M32;
    b6 += lo >>> 32;
    a7 += hi & M32;
    b7 += hi >> 32;
    x = a3 + carry;
    carry = ((x >> 32) + b3) >> 32;
    x = a4 + carry;
    long r0 = x + (b4 << 32);
    carry = ((x >> 32) + b4) >> 32;
    x = a5 + carry;
    long r1 = x + (b5 << 32);
    carry = ((x >> 32) + b5) >> 32;
    x = a6 + carry;
    long r2 = x + (b6 << 32);
    carry = ((x >> 32) + b6) >> 32;
    x = a7 + carry;
    long r3 = x + (b7 << 32);
    carry = ((x >> 32) + b7) >> 32;
    out[oo] = r0;
    out[oo + 1] = r1;
    out[oo + 2] = r2;
    out[oo + 3] = r3;
    return a8 + carry + (b8 << 32);
  }

  /**
   * Turns the output of {@link #reduce}, with the word {@code top} above it, into the canonical
   * element when its value lies in (-q, q): the case of one product of two values of magnitude
   * below q, since T·2^-256 then stays below 0.19q.
   */
  static void normaliseBelowModulus(long top, long[] out, int oo) {
    addModulusIfNegative(out[oo], out[oo + 1], out[oo + 2], out[oo + 3], top, out, oo);
  }

  /** Writes the 256-bit two's-complement value r3..r0 (sign in top) plus q if it is negative. */
  private static void addModulusIfNegative(
      long r0, long r1, long r2, long r3, long top, long[] out, int oo) {
    long mask = top >> 63;
    long q0 = FqArith.Q0 & mask;
    long q1 = FqArith.Q1 & mask;
    long q2 = FqArith.Q2 & mask;
    long q3 = FqArith.Q3 & mask;
    long s0 = r0 + q0;
    long c = FqArith.carry(r0, q0, s0);
    long s1 = r1 + q1 + c;
    c = FqArith.carry(r1, q1, s1);
    long s2 = r2 + q2 + c;
    c = FqArith.carry(r2, q2, s2);
    out[oo] = s0;
    out[oo + 1] = s1;
    out[oo + 2] = s2;
    out[oo + 3] = r3 + q3 + c;
  }
}
