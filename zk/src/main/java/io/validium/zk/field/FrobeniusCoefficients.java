package io.validium.zk.field;

import java.math.BigInteger;

/**
 * The constants of the Frobenius maps on the tower: γ(k, j) = ξ^(j·(q^k - 1)/6) for k in [0, 12)
 * and j in [0, 6), derived from q and ξ = 9 + u when the class loads.
 *
 * <p>Writing an Fq12 element as Σ g_j·w^j with w⁶ = ξ, its k-th Frobenius image is Σ
 * conj^k(g_j)·γ(k, j)·w^j, because (w^j)^(q^k) = w^j·(w⁶)^(j·(q^k - 1)/6). The same constants move
 * twist points through the untwist-Frobenius-twist endomorphism of G2.
 */
public final class FrobeniusCoefficients {

  /** The Frobenius maps of Fq12 repeat with period 12. */
  public static final int PERIOD = 12;

  private static final int POWERS_OF_W = 6;

  /** [k] holds γ(k, 0..5) as six consecutive Fq2 limb blocks. */
  static final long[][] GAMMA = compute();

  private FrobeniusCoefficients() {}

  private static long[][] compute() {
    long[][] table = new long[PERIOD][Fq2Arith.LIMBS * POWERS_OF_W];
    BigInteger six = BigInteger.valueOf(POWERS_OF_W);
    for (int k = 0; k < PERIOD; k++) {
      BigInteger step = Fq.MODULUS.pow(k).subtract(BigInteger.ONE).divide(six);
      Fq2 base = Fq2.NON_RESIDUE.pow(step);
      Fq2 gamma = Fq2.ONE;
      for (int j = 0; j < POWERS_OF_W; j++) {
        Fq2Arith.load(gamma, table[k], Fq2Arith.LIMBS * j);
        gamma = gamma.mul(base);
      }
    }
    return table;
  }

  /** γ(k, j) = ξ^(j·(q^k - 1)/6); requires 0 <= k < 12 and 0 <= j < 6. */
  public static Fq2 gamma(int k, int j) {
    if (k < 0 || k >= PERIOD || j < 0 || j >= POWERS_OF_W) {
      throw new IllegalArgumentException("no Frobenius coefficient (" + k + ", " + j + ")");
    }
    return Fq2Arith.toFq2(GAMMA[k], Fq2Arith.LIMBS * j);
  }

  /** Writes γ(k, j) to {@code out[oo..oo+8)}, with the same bounds as {@link #gamma}. */
  public static void gamma(int k, int j, long[] out, int oo) {
    System.arraycopy(GAMMA[k], Fq2Arith.LIMBS * j, out, oo, Fq2Arith.LIMBS);
  }
}
