package io.validium.core.field;

/**
 * Montgomery products for {@link FrArith} on four little-endian 64-bit limbs: x·y, x² and dot
 * products, each times 2^-256 mod r.
 *
 * <p>This is product scanning (the column-wise counterpart of CIOS) arranged so that Java needs
 * neither carry flags nor unsigned-multiply corrections, which measured about 1.3x faster than a
 * straightforward CIOS on JDK 17 and makes unreduced dot products cheap:
 *
 * <ul>
 *   <li>Operands are recoded to signed digits in [-2^63, 2^63) (limb j borrows 2^64 from limb j+1
 *       when its top bit is set), so {@link Math#multiplyHigh} gives the exact 128-bit product; JDK
 *       17 has no unsigned-high intrinsic.
 *   <li>Each 128-bit partial product is split into 32-bit pieces summed into two accumulators per
 *       column: {@code a} counts units and {@code b} counts 2^32s of that column. A few dozen such
 *       pieces cannot overflow a long, so no addition needs a carry check. {@link
 *       MontgomeryReduction} resolves the carries once per column.
 * </ul>
 *
 * <p>Unrolled by hand: the JIT keeps the accumulators in registers only when every index is a
 * constant.
 */
final class MontgomeryKernel {

  /**
   * Most terms {@link #dot} accepts; the reduction relies on the sum staying below 7r², and the sum
   * plus addend then reduces to below 3r.
   */
  static final int MAX_DOT_TERMS = 7;

  private static final long M32 = 0xFFFFFFFFL;

  private MontgomeryKernel() {}

  /**
   * out = x·y·2^-256 mod r. Both inputs must have magnitude below r (canonical values, or the
   * unnormalised squares inside {@link #pow5}): the product then reduces into (-r/2, 0.7r), which
   * one conditional addition of r normalises.
   */
  static void mul(long[] xs, int xo, long[] ys, int yo, long[] out, int oo) {
    MontgomeryReduction.normaliseBelowModulus(mulUnreduced(xs, xo, ys, yo, out, oo), out, oo);
  }

  /**
   * out = x·y·2^-256 + c mod r for a reduced addend c; out may alias c. Unlike {@link #dot} with
   * one term, this reuses the unrolled product and adds c to the unreduced result, whose range
   * (-r/2, 0.7r) for reduced inputs keeps the sum inside what {@link MontgomeryReduction#normalise}
   * takes.
   */
  static void mulPlus(long[] xs, int xo, long[] ys, int yo, long[] cs, int co, long[] out, int oo) {
    long c0 = cs[co];
    long c1 = cs[co + 1];
    long c2 = cs[co + 2];
    long c3 = cs[co + 3];
    long top = mulUnreduced(xs, xo, ys, yo, out, oo);
    long r0 = out[oo];
    long s0 = r0 + c0;
    long carry = FrArith.carry(r0, c0, s0);
    long r1 = out[oo + 1];
    long s1 = r1 + c1 + carry;
    carry = FrArith.carry(r1, c1, s1);
    long r2 = out[oo + 2];
    long s2 = r2 + c2 + carry;
    carry = FrArith.carry(r2, c2, s2);
    long r3 = out[oo + 3];
    long s3 = r3 + c3 + carry;
    carry = FrArith.carry(r3, c3, s3);
    out[oo] = s0;
    out[oo + 1] = s1;
    out[oo + 2] = s2;
    out[oo + 3] = s3;
    MontgomeryReduction.normalise(top + carry, out, oo);
  }

  /**
   * x⁵·2^-1024 mod r, the S-box in Montgomery form, with scratch space for one element that must
   * not overlap x. The two squarings skip normalisation: their outputs stay within (-r/2, 0.7r),
   * which the next product's signed-digit recoding reads correctly, so only the last product
   * normalises.
   */
  static void pow5(long[] xs, int xo, long[] out, int oo, long[] scratch, int so) {
    squareUnreduced(xs, xo, scratch, so);
    squareUnreduced(scratch, so, scratch, so);
    mul(scratch, so, xs, xo, out, oo);
  }

  /**
   * Writes the low 256 bits of a value congruent to x·y·2^-256 and in (-r/2, 1.83r), and returns
   * the word above them (0 or -1). Inputs need not be canonical: any value of magnitude below 2.6r,
   * as 256-bit two's complement, works, since the recoding below reads the top limb as signed.
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
    long a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
    long b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, b7 = 0, b8 = 0;
    long lo;
    long hi;
    lo = x0 * y0;
    hi = Math.multiplyHigh(x0, y0);
    a0 += lo & M32;
    b0 += lo >>> 32;
    a1 += hi & M32;
    b1 += hi >> 32;
    lo = x0 * y1;
    hi = Math.multiplyHigh(x0, y1);
    a1 += lo & M32;
    b1 += lo >>> 32;
    a2 += hi & M32;
    b2 += hi >> 32;
    lo = x0 * y2;
    hi = Math.multiplyHigh(x0, y2);
    a2 += lo & M32;
    b2 += lo >>> 32;
    a3 += hi & M32;
    b3 += hi >> 32;
    lo = x0 * y3;
    hi = Math.multiplyHigh(x0, y3);
    a3 += lo & M32;
    b3 += lo >>> 32;
    a4 += hi & M32;
    b4 += hi >> 32;
    lo = x1 * y0;
    hi = Math.multiplyHigh(x1, y0);
    a1 += lo & M32;
    b1 += lo >>> 32;
    a2 += hi & M32;
    b2 += hi >> 32;
    lo = x1 * y1;
    hi = Math.multiplyHigh(x1, y1);
    a2 += lo & M32;
    b2 += lo >>> 32;
    a3 += hi & M32;
    b3 += hi >> 32;
    lo = x1 * y2;
    hi = Math.multiplyHigh(x1, y2);
    a3 += lo & M32;
    b3 += lo >>> 32;
    a4 += hi & M32;
    b4 += hi >> 32;
    lo = x1 * y3;
    hi = Math.multiplyHigh(x1, y3);
    a4 += lo & M32;
    b4 += lo >>> 32;
    a5 += hi & M32;
    b5 += hi >> 32;
    lo = x2 * y0;
    hi = Math.multiplyHigh(x2, y0);
    a2 += lo & M32;
    b2 += lo >>> 32;
    a3 += hi & M32;
    b3 += hi >> 32;
    lo = x2 * y1;
    hi = Math.multiplyHigh(x2, y1);
    a3 += lo & M32;
    b3 += lo >>> 32;
    a4 += hi & M32;
    b4 += hi >> 32;
    lo = x2 * y2;
    hi = Math.multiplyHigh(x2, y2);
    a4 += lo & M32;
    b4 += lo >>> 32;
    a5 += hi & M32;
    b5 += hi >> 32;
    lo = x2 * y3;
    hi = Math.multiplyHigh(x2, y3);
    a5 += lo & M32;
    b5 += lo >>> 32;
    a6 += hi & M32;
    b6 += hi >> 32;
    lo = x3 * y0;
    hi = Math.multiplyHigh(x3, y0);
    a3 += lo & M32;
    b3 += lo >>> 32;
    a4 += hi & M32;
    b4 += hi >> 32;
    lo = x3 * y1;
    hi = Math.multiplyHigh(x3, y1);
    a4 += lo & M32;
    b4 += lo >>> 32;
    a5 += hi & M32;
    b5 += hi >> 32;
    lo = x3 * y2;
    hi = Math.multiplyHigh(x3, y2);
    a5 += lo & M32;
    b5 += lo >>> 32;
    a6 += hi & M32;
    b6 += hi >> 32;
    lo = x3 * y3;
    hi = Math.multiplyHigh(x3, y3);
    a6 += lo & M32;
    b6 += lo >>> 32;
    a7 += hi & M32;
    b7 += hi >> 32;
    return MontgomeryReduction.reduce(
        a0, b0, a1, b1, a2, b2, a3, b3, a4, b4, a5, b5, a6, b6, a7, b7, a8, b8, out, oo);
  }

  /**
   * out = x²·2^-256 mod r for x of magnitude below r, normalised as in {@link #mul}; each cross
   * product is computed once and counted twice.
   */
  static void square(long[] xs, int xo, long[] out, int oo) {
    MontgomeryReduction.normaliseBelowModulus(squareUnreduced(xs, xo, out, oo), out, oo);
  }

  /** The square counterpart of {@link #mulUnreduced}, with the same input and output ranges. */
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
    long a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
    long b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, b7 = 0, b8 = 0;
    long lo;
    long hi;
    lo = x0 * x0;
    hi = Math.multiplyHigh(x0, x0);
    a0 += lo & M32;
    b0 += lo >>> 32;
    a1 += hi & M32;
    b1 += hi >> 32;
    lo = x0 * x1;
    hi = Math.multiplyHigh(x0, x1);
    a1 += (lo & M32) << 1;
    b1 += (lo >>> 32) << 1;
    a2 += (hi & M32) << 1;
    b2 += (hi >> 32) << 1;
    lo = x0 * x2;
    hi = Math.multiplyHigh(x0, x2);
    a2 += (lo & M32) << 1;
    b2 += (lo >>> 32) << 1;
    a3 += (hi & M32) << 1;
    b3 += (hi >> 32) << 1;
    lo = x0 * x3;
    hi = Math.multiplyHigh(x0, x3);
    a3 += (lo & M32) << 1;
    b3 += (lo >>> 32) << 1;
    a4 += (hi & M32) << 1;
    b4 += (hi >> 32) << 1;
    lo = x1 * x1;
    hi = Math.multiplyHigh(x1, x1);
    a2 += lo & M32;
    b2 += lo >>> 32;
    a3 += hi & M32;
    b3 += hi >> 32;
    lo = x1 * x2;
    hi = Math.multiplyHigh(x1, x2);
    a3 += (lo & M32) << 1;
    b3 += (lo >>> 32) << 1;
    a4 += (hi & M32) << 1;
    b4 += (hi >> 32) << 1;
    lo = x1 * x3;
    hi = Math.multiplyHigh(x1, x3);
    a4 += (lo & M32) << 1;
    b4 += (lo >>> 32) << 1;
    a5 += (hi & M32) << 1;
    b5 += (hi >> 32) << 1;
    lo = x2 * x2;
    hi = Math.multiplyHigh(x2, x2);
    a4 += lo & M32;
    b4 += lo >>> 32;
    a5 += hi & M32;
    b5 += hi >> 32;
    lo = x2 * x3;
    hi = Math.multiplyHigh(x2, x3);
    a5 += (lo & M32) << 1;
    b5 += (lo >>> 32) << 1;
    a6 += (hi & M32) << 1;
    b6 += (hi >> 32) << 1;
    lo = x3 * x3;
    hi = Math.multiplyHigh(x3, x3);
    a6 += lo & M32;
    b6 += lo >>> 32;
    a7 += hi & M32;
    b7 += hi >> 32;
    return MontgomeryReduction.reduce(
        a0, b0, a1, b1, a2, b2, a3, b3, a4, b4, a5, b5, a6, b6, a7, b7, a8, b8, out, oo);
  }

  /**
   * out = (Σ x_k·y_k)·2^-256 + c mod r over {@code n} (1 to 7) consecutive elements of each array,
   * summing the products unreduced so the whole dot product costs one reduction. The addend c (a
   * reduced element at {@code cs[co..co+4)}) enters the upper four columns, i.e. as c·2^256, so it
   * survives the reduction unchanged and costs eight additions instead of a separate modular add.
   */
  static void dot(
      long[] xs, int xo, long[] ys, int yo, int n, long[] cs, int co, long[] out, int oo) {
    long c0 = cs[co];
    long c1 = cs[co + 1];
    long c2 = cs[co + 2];
    long c3 = cs[co + 3];
    long a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = c0 & M32, a5 = c1 & M32, a6 = c2 & M32;
    long a7 = c3 & M32, a8 = 0;
    long b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = c0 >>> 32, b5 = c1 >>> 32, b6 = c2 >>> 32;
    long b7 = c3 >>> 32, b8 = 0;
    for (int k = 0; k < n; k++, xo += 4, yo += 4) {
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
      long lo;
      long hi;
      lo = x0 * y0;
      hi = Math.multiplyHigh(x0, y0);
      a0 += lo & M32;
      b0 += lo >>> 32;
      a1 += hi & M32;
      b1 += hi >> 32;
      lo = x0 * y1;
      hi = Math.multiplyHigh(x0, y1);
      a1 += lo & M32;
      b1 += lo >>> 32;
      a2 += hi & M32;
      b2 += hi >> 32;
      lo = x0 * y2;
      hi = Math.multiplyHigh(x0, y2);
      a2 += lo & M32;
      b2 += lo >>> 32;
      a3 += hi & M32;
      b3 += hi >> 32;
      lo = x0 * y3;
      hi = Math.multiplyHigh(x0, y3);
      a3 += lo & M32;
      b3 += lo >>> 32;
      a4 += hi & M32;
      b4 += hi >> 32;
      lo = x1 * y0;
      hi = Math.multiplyHigh(x1, y0);
      a1 += lo & M32;
      b1 += lo >>> 32;
      a2 += hi & M32;
      b2 += hi >> 32;
      lo = x1 * y1;
      hi = Math.multiplyHigh(x1, y1);
      a2 += lo & M32;
      b2 += lo >>> 32;
      a3 += hi & M32;
      b3 += hi >> 32;
      lo = x1 * y2;
      hi = Math.multiplyHigh(x1, y2);
      a3 += lo & M32;
      b3 += lo >>> 32;
      a4 += hi & M32;
      b4 += hi >> 32;
      lo = x1 * y3;
      hi = Math.multiplyHigh(x1, y3);
      a4 += lo & M32;
      b4 += lo >>> 32;
      a5 += hi & M32;
      b5 += hi >> 32;
      lo = x2 * y0;
      hi = Math.multiplyHigh(x2, y0);
      a2 += lo & M32;
      b2 += lo >>> 32;
      a3 += hi & M32;
      b3 += hi >> 32;
      lo = x2 * y1;
      hi = Math.multiplyHigh(x2, y1);
      a3 += lo & M32;
      b3 += lo >>> 32;
      a4 += hi & M32;
      b4 += hi >> 32;
      lo = x2 * y2;
      hi = Math.multiplyHigh(x2, y2);
      a4 += lo & M32;
      b4 += lo >>> 32;
      a5 += hi & M32;
      b5 += hi >> 32;
      lo = x2 * y3;
      hi = Math.multiplyHigh(x2, y3);
      a5 += lo & M32;
      b5 += lo >>> 32;
      a6 += hi & M32;
      b6 += hi >> 32;
      lo = x3 * y0;
      hi = Math.multiplyHigh(x3, y0);
      a3 += lo & M32;
      b3 += lo >>> 32;
      a4 += hi & M32;
      b4 += hi >> 32;
      lo = x3 * y1;
      hi = Math.multiplyHigh(x3, y1);
      a4 += lo & M32;
      b4 += lo >>> 32;
      a5 += hi & M32;
      b5 += hi >> 32;
      lo = x3 * y2;
      hi = Math.multiplyHigh(x3, y2);
      a5 += lo & M32;
      b5 += lo >>> 32;
      a6 += hi & M32;
      b6 += hi >> 32;
      lo = x3 * y3;
      hi = Math.multiplyHigh(x3, y3);
      a6 += lo & M32;
      b6 += lo >>> 32;
      a7 += hi & M32;
      b7 += hi >> 32;
    }
    long top =
        MontgomeryReduction.reduce(
            a0, b0, a1, b1, a2, b2, a3, b3, a4, b4, a5, b5, a6, b6, a7, b7, a8, b8, out, oo);
    MontgomeryReduction.normalise(top, out, oo);
    // The addend can lift the reduced sum from below 2r to below 3r: one more subtraction.
    FrArith.subtractModulusIfAbove(out, oo);
  }
}
