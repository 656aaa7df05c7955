package io.validium.core.field;

/**
 * The Montgomery reduction shared by the kernels of {@link MontgomeryKernel} (each writes it out):
 * given T (at most 7r²) as per-column accumulator pairs, it computes (T + m·r)·2^-256, a value
 * congruent to T·2^-256 mod r; this class holds its constants and the final normalisation.
 *
 * <p>For each of the four low columns c in turn, the Montgomery digit m_c = v·(-r^-1) mod 2^64,
 * where v is the column's value mod 2^64 (its wrapped accumulator plus the carry in), is chosen so
 * that adding m_c·r clears column c; all four partial products of m_c·r are added at once and
 * column c's carry moves up. The low word of m_c·r_0 is -v mod 2^64 by construction, so it is not
 * computed: the carry out is the column's value divided by 2^64, rounded down, plus one unless v is
 * zero. The upper four columns then hold the result. The digits m_c are used as signed words (only
 * m_c mod 2^64 matters for clearing the column) and r itself in signed digits, so the same
 * carry-free multiply-accumulate as the products applies. The result then lies in (-r/2, 1.83r):
 * one conditional add and one conditional subtract of r normalise it.
 */
final class MontgomeryReduction {

  /** -r^-1 mod 2^64. */
  static final long INV = 0xc2e1f593efffffffL;

  /** r in signed digits: limb 2 of r exceeds 2^63, so it borrows 2^64 from limb 3. */
  static final long S0 = 0x43e1f593f0000001L;

  static final long S1 = 0x2833e84879b97091L;
  static final long S2 = -0x47afba497e7ea7a3L;
  static final long S3 = 0x30644e72e131a02aL;

  private MontgomeryReduction() {}

  /**
   * Turns the output of {@link #reduce}, with the word {@code top} above it, into the canonical
   * element if its value lies in (-r, 2r); a value in [2r, 3r) comes out in [r, 2r) and needs one
   * more {@link FrArith#subtractModulusIfAbove}.
   */
  static void normalise(long top, long[] out, int oo) {
    addModulusIfNegative(out[oo], out[oo + 1], out[oo + 2], out[oo + 3], top, out, oo);
    FrArith.subtractModulusIfAbove(out, oo);
  }

  /**
   * {@link #normalise} for a value known to lie in (-r, r), which skips the subtraction: the case
   * of one product of two values of magnitude below r, since T·2^-256 then stays below 0.19r.
   */
  static void normaliseBelowModulus(long top, long[] out, int oo) {
    addModulusIfNegative(out[oo], out[oo + 1], out[oo + 2], out[oo + 3], top, out, oo);
  }

  /** Writes the 256-bit two's-complement value r3..r0 (sign in top) plus r if it is negative. */
  private static void addModulusIfNegative(
      long r0, long r1, long r2, long r3, long top, long[] out, int oo) {
    long mask = top >> 63;
    long q0 = FrArith.Q0 & mask;
    long q1 = FrArith.Q1 & mask;
    long q2 = FrArith.Q2 & mask;
    long q3 = FrArith.Q3 & mask;
    long s0 = r0 + q0;
    long c = FrArith.carry(r0, q0, s0);
    long s1 = r1 + q1 + c;
    c = FrArith.carry(r1, q1, s1);
    long s2 = r2 + q2 + c;
    c = FrArith.carry(r2, q2, s2);
    out[oo] = s0;
    out[oo + 1] = s1;
    out[oo + 2] = s2;
    out[oo + 3] = r3 + q3 + c;
  }
}
