package io.validium.zk.field;

import static io.validium.zk.field.FqArith.Q0;
import static io.validium.zk.field.FqArith.Q1;
import static io.validium.zk.field.FqArith.Q2;
import static io.validium.zk.field.FqArith.Q3;

/**
 * Montgomery products for {@link FqArith}: x·y and x² times 2^-256 mod q, on four little-endian
 * 64-bit limbs.
 *
 * <p>Written by {@code core/src/codegen/montgomery_kernels.py} from the same steps as core's
 * scalar-field kernels (see core's {@code MontgomeryKernel}, {@code MontgomeryProduct}) with the
 * base-field modulus: operands recoded to signed digits so that {@link Math#multiplyHigh} is exact,
 * each column summed carry-free into a wrapping 64-bit accumulator and the sum of the words' upper
 * halves, the reduction and the normalisation written out in the same method (a shared reduction
 * passed eighteen accumulators on the stack). Change the script, not this file.
 */
final class FqKernel {

  /** -q^-1 mod 2^64. */
  private static final long INV = FqArith.INV;

  /** q in signed digits: limbs 1 and 2 of q exceed 2^63, so each borrows 2^64 from the next. */
  private static final long S0 = 0x3c208c16d87cfd47L;

  private static final long S1 = -0x687e956e978e3573L;
  private static final long S2 = -0x47afba497e7ea7a2L;
  private static final long S3 = 0x30644e72e131a02aL;

  private FqKernel() {}

  /**
   * out = x·y·2^-256 mod q. Both inputs must have magnitude below q (canonical values): the product
   * then reduces into (-q/2, 0.7q), which one conditional addition of q normalises; out may alias
   * either input.
   */
  static void mul(long[] xs, int xo, long[] ys, int yo, long[] out, int oo) {
    normaliseBelowModulus(mulUnreduced(xs, xo, ys, yo, out, oo), out, oo);
  }

  /**
   * out = x²·2^-256 mod q for x of magnitude below q, normalised as in {@link #mul}; each cross
   * product is computed once and counted twice.
   */
  static void square(long[] xs, int xo, long[] out, int oo) {
    normaliseBelowModulus(squareUnreduced(xs, xo, out, oo), out, oo);
  }

  /**
   * Writes the low 256 bits of a value congruent to x·y·2^-256 and in (-q/2, 1.83q), and returns
   * the word above them (0 or -1); the normalisation stays outside this method because in it the
   * kernel measured slower (BENCHMARKING.md, ADR 0042).
   */
  private static long mulUnreduced(long[] xs, int xo, long[] ys, int yo, long[] out, int oo) {
    long x0 = xs[xo];
    long x1 = xs[xo + 1];
    long x2 = xs[xo + 2];
    long x3 = xs[xo + 3];
    long xc = x0 >>> 63;
    long xu = x1 + xc;
    xc = (x1 | xu) >>> 63;
    x1 = xu;
    xu = x2 + xc;
    xc = (x2 | xu) >>> 63;
    x2 = xu;
    x3 += xc;
    long y0 = ys[yo];
    long y1 = ys[yo + 1];
    long y2 = ys[yo + 2];
    long y3 = ys[yo + 3];
    long yc = y0 >>> 63;
    long yu = y1 + yc;
    yc = (y1 | yu) >>> 63;
    y1 = yu;
    yu = y2 + yc;
    yc = (y2 | yu) >>> 63;
    y2 = yu;
    y3 += yc;
    long a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
    long b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, b7 = 0;
    long lo;
    long hi;
    lo = x0 * y0;
    hi = Math.multiplyHigh(x0, y0);
    a0 += lo;
    b0 += lo >>> 32;
    a1 += hi;
    b1 += hi >> 32;
    lo = x0 * y1;
    hi = Math.multiplyHigh(x0, y1);
    a1 += lo;
    b1 += lo >>> 32;
    a2 += hi;
    b2 += hi >> 32;
    lo = x0 * y2;
    hi = Math.multiplyHigh(x0, y2);
    a2 += lo;
    b2 += lo >>> 32;
    a3 += hi;
    b3 += hi >> 32;
    lo = x0 * y3;
    hi = Math.multiplyHigh(x0, y3);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    lo = x1 * y0;
    hi = Math.multiplyHigh(x1, y0);
    a1 += lo;
    b1 += lo >>> 32;
    a2 += hi;
    b2 += hi >> 32;
    lo = x1 * y1;
    hi = Math.multiplyHigh(x1, y1);
    a2 += lo;
    b2 += lo >>> 32;
    a3 += hi;
    b3 += hi >> 32;
    lo = x1 * y2;
    hi = Math.multiplyHigh(x1, y2);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    lo = x1 * y3;
    hi = Math.multiplyHigh(x1, y3);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    lo = x2 * y0;
    hi = Math.multiplyHigh(x2, y0);
    a2 += lo;
    b2 += lo >>> 32;
    a3 += hi;
    b3 += hi >> 32;
    lo = x2 * y1;
    hi = Math.multiplyHigh(x2, y1);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    lo = x2 * y2;
    hi = Math.multiplyHigh(x2, y2);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    lo = x2 * y3;
    hi = Math.multiplyHigh(x2, y3);
    a5 += lo;
    b5 += lo >>> 32;
    a6 += hi;
    b6 += hi >> 32;
    lo = x3 * y0;
    hi = Math.multiplyHigh(x3, y0);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    lo = x3 * y1;
    hi = Math.multiplyHigh(x3, y1);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    lo = x3 * y2;
    hi = Math.multiplyHigh(x3, y2);
    a5 += lo;
    b5 += lo >>> 32;
    a6 += hi;
    b6 += hi >> 32;
    lo = x3 * y3;
    hi = Math.multiplyHigh(x3, y3);
    a6 += lo;
    b6 += lo >>> 32;
    a7 += hi;
    b7 += hi >> 32;
    long carry = 0;
    long v = a0;
    long m0 = v * INV;
    hi = Math.multiplyHigh(m0, S0);
    a1 += hi;
    b1 += hi >> 32;
    lo = m0 * S1;
    hi = Math.multiplyHigh(m0, S1);
    a1 += lo;
    b1 += lo >>> 32;
    a2 += hi;
    b2 += hi >> 32;
    lo = m0 * S2;
    hi = Math.multiplyHigh(m0, S2);
    a2 += lo;
    b2 += lo >>> 32;
    a3 += hi;
    b3 += hi >> 32;
    lo = m0 * S3;
    hi = Math.multiplyHigh(m0, S3);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    long x = a0 - (b0 << 32);
    carry = (((x >> 32) + b0) >> 32) + ((v | -v) >>> 63);
    v = a1 + carry;
    long m1 = v * INV;
    hi = Math.multiplyHigh(m1, S0);
    a2 += hi;
    b2 += hi >> 32;
    lo = m1 * S1;
    hi = Math.multiplyHigh(m1, S1);
    a2 += lo;
    b2 += lo >>> 32;
    a3 += hi;
    b3 += hi >> 32;
    lo = m1 * S2;
    hi = Math.multiplyHigh(m1, S2);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    lo = m1 * S3;
    hi = Math.multiplyHigh(m1, S3);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    x = a1 - (b1 << 32) + carry;
    carry = (((x >> 32) + b1) >> 32) + ((v | -v) >>> 63);
    v = a2 + carry;
    long m2 = v * INV;
    hi = Math.multiplyHigh(m2, S0);
    a3 += hi;
    b3 += hi >> 32;
    lo = m2 * S1;
    hi = Math.multiplyHigh(m2, S1);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    lo = m2 * S2;
    hi = Math.multiplyHigh(m2, S2);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    lo = m2 * S3;
    hi = Math.multiplyHigh(m2, S3);
    a5 += lo;
    b5 += lo >>> 32;
    a6 += hi;
    b6 += hi >> 32;
    x = a2 - (b2 << 32) + carry;
    carry = (((x >> 32) + b2) >> 32) + ((v | -v) >>> 63);
    v = a3 + carry;
    long m3 = v * INV;
    hi = Math.multiplyHigh(m3, S0);
    a4 += hi;
    b4 += hi >> 32;
    lo = m3 * S1;
    hi = Math.multiplyHigh(m3, S1);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    lo = m3 * S2;
    hi = Math.multiplyHigh(m3, S2);
    a5 += lo;
    b5 += lo >>> 32;
    a6 += hi;
    b6 += hi >> 32;
    lo = m3 * S3;
    hi = Math.multiplyHigh(m3, S3);
    a6 += lo;
    b6 += lo >>> 32;
    a7 += hi;
    b7 += hi >> 32;
    x = a3 - (b3 << 32) + carry;
    carry = (((x >> 32) + b3) >> 32) + ((v | -v) >>> 63);
    long r0 = a4 + carry;
    x = a4 - (b4 << 32) + carry;
    carry = ((x >> 32) + b4) >> 32;
    long r1 = a5 + carry;
    x = a5 - (b5 << 32) + carry;
    carry = ((x >> 32) + b5) >> 32;
    long r2 = a6 + carry;
    x = a6 - (b6 << 32) + carry;
    carry = ((x >> 32) + b6) >> 32;
    long r3 = a7 + carry;
    x = a7 - (b7 << 32) + carry;
    carry = ((x >> 32) + b7) >> 32;
    out[oo] = r0;
    out[oo + 1] = r1;
    out[oo + 2] = r2;
    out[oo + 3] = r3;
    return carry;
  }

  /** The square counterpart of {@link #mulUnreduced}, with the same ranges. */
  private static long squareUnreduced(long[] xs, int xo, long[] out, int oo) {
    long x0 = xs[xo];
    long x1 = xs[xo + 1];
    long x2 = xs[xo + 2];
    long x3 = xs[xo + 3];
    long xc = x0 >>> 63;
    long xu = x1 + xc;
    xc = (x1 | xu) >>> 63;
    x1 = xu;
    xu = x2 + xc;
    xc = (x2 | xu) >>> 63;
    x2 = xu;
    x3 += xc;
    long a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
    long b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, b7 = 0;
    long lo;
    long hi;
    lo = x0 * x0;
    hi = Math.multiplyHigh(x0, x0);
    a0 += lo;
    b0 += lo >>> 32;
    a1 += hi;
    b1 += hi >> 32;
    lo = x0 * x1;
    hi = Math.multiplyHigh(x0, x1);
    a1 += lo << 1;
    b1 += (lo >>> 32) << 1;
    a2 += hi << 1;
    b2 += (hi >> 32) << 1;
    lo = x0 * x2;
    hi = Math.multiplyHigh(x0, x2);
    a2 += lo << 1;
    b2 += (lo >>> 32) << 1;
    a3 += hi << 1;
    b3 += (hi >> 32) << 1;
    lo = x0 * x3;
    hi = Math.multiplyHigh(x0, x3);
    a3 += lo << 1;
    b3 += (lo >>> 32) << 1;
    a4 += hi << 1;
    b4 += (hi >> 32) << 1;
    lo = x1 * x1;
    hi = Math.multiplyHigh(x1, x1);
    a2 += lo;
    b2 += lo >>> 32;
    a3 += hi;
    b3 += hi >> 32;
    lo = x1 * x2;
    hi = Math.multiplyHigh(x1, x2);
    a3 += lo << 1;
    b3 += (lo >>> 32) << 1;
    a4 += hi << 1;
    b4 += (hi >> 32) << 1;
    lo = x1 * x3;
    hi = Math.multiplyHigh(x1, x3);
    a4 += lo << 1;
    b4 += (lo >>> 32) << 1;
    a5 += hi << 1;
    b5 += (hi >> 32) << 1;
    lo = x2 * x2;
    hi = Math.multiplyHigh(x2, x2);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    lo = x2 * x3;
    hi = Math.multiplyHigh(x2, x3);
    a5 += lo << 1;
    b5 += (lo >>> 32) << 1;
    a6 += hi << 1;
    b6 += (hi >> 32) << 1;
    lo = x3 * x3;
    hi = Math.multiplyHigh(x3, x3);
    a6 += lo;
    b6 += lo >>> 32;
    a7 += hi;
    b7 += hi >> 32;
    long carry = 0;
    long v = a0;
    long m0 = v * INV;
    hi = Math.multiplyHigh(m0, S0);
    a1 += hi;
    b1 += hi >> 32;
    lo = m0 * S1;
    hi = Math.multiplyHigh(m0, S1);
    a1 += lo;
    b1 += lo >>> 32;
    a2 += hi;
    b2 += hi >> 32;
    lo = m0 * S2;
    hi = Math.multiplyHigh(m0, S2);
    a2 += lo;
    b2 += lo >>> 32;
    a3 += hi;
    b3 += hi >> 32;
    lo = m0 * S3;
    hi = Math.multiplyHigh(m0, S3);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    long x = a0 - (b0 << 32);
    carry = (((x >> 32) + b0) >> 32) + ((v | -v) >>> 63);
    v = a1 + carry;
    long m1 = v * INV;
    hi = Math.multiplyHigh(m1, S0);
    a2 += hi;
    b2 += hi >> 32;
    lo = m1 * S1;
    hi = Math.multiplyHigh(m1, S1);
    a2 += lo;
    b2 += lo >>> 32;
    a3 += hi;
    b3 += hi >> 32;
    lo = m1 * S2;
    hi = Math.multiplyHigh(m1, S2);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    lo = m1 * S3;
    hi = Math.multiplyHigh(m1, S3);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    x = a1 - (b1 << 32) + carry;
    carry = (((x >> 32) + b1) >> 32) + ((v | -v) >>> 63);
    v = a2 + carry;
    long m2 = v * INV;
    hi = Math.multiplyHigh(m2, S0);
    a3 += hi;
    b3 += hi >> 32;
    lo = m2 * S1;
    hi = Math.multiplyHigh(m2, S1);
    a3 += lo;
    b3 += lo >>> 32;
    a4 += hi;
    b4 += hi >> 32;
    lo = m2 * S2;
    hi = Math.multiplyHigh(m2, S2);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    lo = m2 * S3;
    hi = Math.multiplyHigh(m2, S3);
    a5 += lo;
    b5 += lo >>> 32;
    a6 += hi;
    b6 += hi >> 32;
    x = a2 - (b2 << 32) + carry;
    carry = (((x >> 32) + b2) >> 32) + ((v | -v) >>> 63);
    v = a3 + carry;
    long m3 = v * INV;
    hi = Math.multiplyHigh(m3, S0);
    a4 += hi;
    b4 += hi >> 32;
    lo = m3 * S1;
    hi = Math.multiplyHigh(m3, S1);
    a4 += lo;
    b4 += lo >>> 32;
    a5 += hi;
    b5 += hi >> 32;
    lo = m3 * S2;
    hi = Math.multiplyHigh(m3, S2);
    a5 += lo;
    b5 += lo >>> 32;
    a6 += hi;
    b6 += hi >> 32;
    lo = m3 * S3;
    hi = Math.multiplyHigh(m3, S3);
    a6 += lo;
    b6 += lo >>> 32;
    a7 += hi;
    b7 += hi >> 32;
    x = a3 - (b3 << 32) + carry;
    carry = (((x >> 32) + b3) >> 32) + ((v | -v) >>> 63);
    long r0 = a4 + carry;
    x = a4 - (b4 << 32) + carry;
    carry = ((x >> 32) + b4) >> 32;
    long r1 = a5 + carry;
    x = a5 - (b5 << 32) + carry;
    carry = ((x >> 32) + b5) >> 32;
    long r2 = a6 + carry;
    x = a6 - (b6 << 32) + carry;
    carry = ((x >> 32) + b6) >> 32;
    long r3 = a7 + carry;
    x = a7 - (b7 << 32) + carry;
    carry = ((x >> 32) + b7) >> 32;
    out[oo] = r0;
    out[oo + 1] = r1;
    out[oo + 2] = r2;
    out[oo + 3] = r3;
    return carry;
  }

  /** Adds q to the two's-complement value at out (sign in {@code carry}) if it is negative. */
  private static void normaliseBelowModulus(long carry, long[] out, int oo) {
    long r0 = out[oo];
    long r1 = out[oo + 1];
    long r2 = out[oo + 2];
    long r3 = out[oo + 3];
    long mask = carry >> 63;
    long q0 = Q0 & mask;
    long q1 = Q1 & mask;
    long q2 = Q2 & mask;
    long s0 = r0 + q0;
    long c = FqArith.carry(r0, q0, s0);
    long s1 = r1 + q1 + c;
    c = FqArith.carry(r1, q1, s1);
    long s2 = r2 + q2 + c;
    c = FqArith.carry(r2, q2, s2);
    r3 += (Q3 & mask) + c;
    r0 = s0;
    r1 = s1;
    r2 = s2;
    out[oo] = r0;
    out[oo + 1] = r1;
    out[oo + 2] = r2;
    out[oo + 3] = r3;
  }
}
