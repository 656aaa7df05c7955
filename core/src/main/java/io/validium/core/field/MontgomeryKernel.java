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
 *   <li>Each column keeps two accumulators: {@code a}, the wrapping sum of every 64-bit word added
 *       to the column, and {@code b}, the exact sum of those words' upper 32-bit halves (signed for
 *       the high words). The column's value is then (a - b·2^32) + b·2^32, where the first term is
 *       the exact sum of the words' lower halves, a few dozen values below 2^32, so it is recovered
 *       exactly from the wrapped a: no addition needs a carry check, and a word costs two additions
 *       and a shift. {@link MontgomeryReduction} resolves the carries once per column.
 * </ul>
 *
 * <p>Unrolled by hand, with the reduction written out in each kernel ({@link MontgomeryProduct},
 * {@link MontgomeryProductPlus}, {@link MontgomerySquare}, {@link MontgomeryDot}, {@link
 * MontgomeryDot2}, {@link MontgomeryDot3}, {@link MontgomeryPow5}): the JIT keeps the accumulators
 * in registers only when every index is a constant, and inlines none of these methods, so a shared
 * reduction would be a call passing the accumulators on the stack. Those classes are written by
 * {@code core/src/codegen/montgomery_kernels.py}: change the script, not them.
 */
final class MontgomeryKernel {

  /**
   * Most terms {@link #dot} accepts; the reduction relies on the sum staying below 7r², and the sum
   * plus addend then reduces to below 3r.
   */
  static final int MAX_DOT_TERMS = 7;

  private MontgomeryKernel() {}

  /**
   * out = x·y·2^-256 mod r. Both inputs must have magnitude below r (canonical values, or the
   * unnormalised squares inside {@link #pow5}): the product then reduces into (-r/2, 0.7r), which
   * one conditional addition of r normalises.
   */
  static void mul(long[] xs, int xo, long[] ys, int yo, long[] out, int oo) {
    long top = MontgomeryProduct.mulUnreduced(xs, xo, ys, yo, out, oo);
    MontgomeryReduction.normaliseBelowModulus(top, out, oo);
  }

  /**
   * out = x·y·2^-256 + c mod r for a reduced addend c; out may alias c. The product of reduced
   * inputs reduces into (-r/2, 0.7r), so with c added it stays inside what {@link
   * MontgomeryReduction#normalise} takes.
   */
  static void mulPlus(long[] xs, int xo, long[] ys, int yo, long[] cs, int co, long[] out, int oo) {
    MontgomeryProductPlus.mulPlus(xs, xo, ys, yo, cs, co, out, oo);
  }

  /**
   * x⁵·2^-1024 mod r, the S-box in Montgomery form, with scratch space for one element that must
   * not overlap x. The two squarings skip normalisation: their outputs stay within (-r/2, 0.7r),
   * which the next product's signed-digit recoding reads correctly, so only the last product
   * normalises.
   */
  static void pow5(long[] xs, int xo, long[] out, int oo, long[] scratch, int so) {
    MontgomeryPow5.pow5(xs, xo, out, oo);
  }

  /**
   * out = x²·2^-256 mod r for x of magnitude below r, normalised as in {@link #mul}; each cross
   * product is computed once and counted twice.
   */
  static void square(long[] xs, int xo, long[] out, int oo) {
    long top = MontgomerySquare.squareUnreduced(xs, xo, out, oo);
    MontgomeryReduction.normaliseBelowModulus(top, out, oo);
  }

  /** {@link #dot} for two terms, unrolled. */
  static void dot2(long[] xs, int xo, long[] ys, int yo, long[] cs, int co, long[] out, int oo) {
    MontgomeryDot2.dot2(xs, xo, ys, yo, cs, co, out, oo);
  }

  /** {@link #dot} for three terms, unrolled. */
  static void dot3(long[] xs, int xo, long[] ys, int yo, long[] cs, int co, long[] out, int oo) {
    MontgomeryDot3.dot3(xs, xo, ys, yo, cs, co, out, oo);
  }

  /**
   * out = (Σ x_k·y_k)·2^-256 + c mod r over {@code n} (1 to 7) consecutive elements of each array,
   * summing the products unreduced so the whole dot product costs one reduction. The addend c (a
   * reduced element at {@code cs[co..co+4)}) enters the upper four columns, i.e. as c·2^256, so it
   * survives the reduction unchanged and costs eight additions instead of a separate modular add.
   */
  static void dot(
      long[] xs, int xo, long[] ys, int yo, int n, long[] cs, int co, long[] out, int oo) {
    long top = MontgomeryDot.dotUnreduced(xs, xo, ys, yo, n, cs, co, out, oo);
    MontgomeryReduction.normalise(top, out, oo);
    // The addend can lift the reduced sum from below 2r to below 3r: one more subtraction.
    FrArith.subtractModulusIfAbove(out, oo);
  }
}
