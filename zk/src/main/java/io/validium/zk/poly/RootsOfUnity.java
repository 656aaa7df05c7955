package io.validium.zk.poly;

import io.validium.core.field.Fr;
import java.math.BigInteger;

/**
 * Roots of unity of power-of-two order in the BN254 scalar field, derived from the factorisation r
 * - 1 = 2^28 · t (t odd) and the multiplicative generator 5 rather than pasted as constants.
 */
public final class RootsOfUnity {

  /** The multiplicative generator of the field used to derive the roots and as coset shift. */
  public static final Fr MULTIPLICATIVE_GENERATOR = Fr.of(5);

  /** The 2-adicity s of r - 1: the largest power-of-two order a root of unity can have is 2^s. */
  public static final int TWO_ADICITY = twoAdicity();

  /** A primitive 2^{@link #TWO_ADICITY}-th root of unity, 5^t. */
  private static final Fr MAX_ROOT = maxRoot();

  private RootsOfUnity() {}

  private static int twoAdicity() {
    return Fr.MODULUS.subtract(BigInteger.ONE).getLowestSetBit();
  }

  private static Fr maxRoot() {
    BigInteger t = Fr.MODULUS.subtract(BigInteger.ONE).shiftRight(TWO_ADICITY);
    Fr root = MULTIPLICATIVE_GENERATOR.pow(t);
    // 5 generates the whole group only if 5^((r-1)/2) = -1; then 5^t has order exactly 2^s.
    if (!root.pow(BigInteger.ONE.shiftLeft(TWO_ADICITY - 1)).equals(Fr.ONE.neg())) {
      throw new IllegalStateException("5^t is not a primitive 2^" + TWO_ADICITY + "-th root");
    }
    return root;
  }

  /** A primitive 2^{@code logOrder}-th root of unity, for 0 <= logOrder <= 28. */
  public static Fr primitive(int logOrder) {
    if (logOrder < 0 || logOrder > TWO_ADICITY) {
      throw new IllegalArgumentException(
          "root order must be 2^0..2^" + TWO_ADICITY + ", got 2^" + logOrder);
    }
    return MAX_ROOT.pow(BigInteger.ONE.shiftLeft(TWO_ADICITY - logOrder));
  }
}
