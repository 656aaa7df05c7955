package io.validium.core.crypto;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;

/**
 * Mutable Baby Jubjub point in extended twisted Edwards coordinates, for allocation-free hot loops.
 *
 * <p>Internally the point lives on the isomorphic curve {@code -u² + y² = 1 + d'·u²·y²} with {@code
 * u = k·x}, {@code k = sqrt(-168700)} and {@code d' = -168696/168700}: with {@code a = -1} the
 * Hisil–Wong–Carter–Dawson formulas need 8 multiplications per addition and per doubling instead of
 * 10 and 9. Since {@code -1} is a square and {@code d'} is not, the addition law stays complete, so
 * no input (identity, doubling, torsion points) needs a special case. Coordinates are {@code (X : Y
 * : Z : T)} with {@code u = X/Z}, {@code y = Y/Z}, {@code u·y = T/Z}, in Montgomery limbs.
 */
final class EdwardsPoint {

  static final int X = 0;
  static final int Y = 4;
  static final int Z = 8;
  static final int T = 12;

  /** Size of a cached addend {@code (Y-X, Y+X, 2Z, 2d'T)}, for projective additions. */
  static final int CACHED = 16;

  /** Size of an affine addend {@code (y-u, y+u, 2d'·u·y)}, which saves the multiplication by Z. */
  static final int AFFINE = 12;

  static final long[] ONE = new long[FrArith.LIMBS];
  static final long[] ZERO = new long[FrArith.LIMBS];

  /** k = sqrt(-a); which of the two roots is irrelevant as long as both directions use the same. */
  static final long[] K = new long[FrArith.LIMBS];

  /** 2d' = -2d/a. */
  static final long[] D2 = new long[FrArith.LIMBS];

  static {
    Fr k =
        Fr.fromDecimal(
            "6360561867910373094066688120553762416144456282423235903351243436111059670888");
    if (!k.square().equals(BabyJubjub.A.neg())) {
      throw new ExceptionInInitializerError("k is not a square root of -a");
    }
    FrArith.one(ONE, 0);
    FrArith.load(k, K, 0);
    Fr dPrime = BabyJubjub.D.neg().mul(BabyJubjub.A.inverse());
    FrArith.load(dPrime.add(dPrime), D2, 0);
  }

  private static final int SA = 0;
  private static final int SB = 4;
  private static final int SC = 8;
  private static final int SD = 12;
  private static final int SE = 16;
  private static final int SF = 20;
  private static final int SG = 24;
  private static final int SH = 28;

  final long[] c = new long[16];
  private final long[] s = new long[32];

  EdwardsPoint() {
    setIdentity();
  }

  void setIdentity() {
    FrArith.zero(c, X);
    FrArith.one(c, Y);
    FrArith.one(c, Z);
    FrArith.zero(c, T);
  }

  void set(EdwardsPoint other) {
    System.arraycopy(other.c, 0, c, 0, 16);
  }

  /** Loads an affine point given by its Baby Jubjub coordinates (x, y). */
  void setAffine(Fr x, Fr y) {
    FrArith.load(x, c, X);
    FrArith.mul(c, X, K, 0, c, X);
    FrArith.load(y, c, Y);
    FrArith.one(c, Z);
    FrArith.mul(c, X, c, Y, c, T);
  }

  void negate() {
    FrArith.neg(c, X, c, X);
    FrArith.neg(c, T, c, T);
  }

  /**
   * Doubles in place (dbl-2008-hwcd with a = -1, all outputs negated, which is the same projective
   * point and saves two negations). T is only needed by a following addition, so callers that
   * double again skip its multiplication.
   */
  void dbl(boolean withT) {
    FrArith.square(c, X, s, SA);
    FrArith.square(c, Y, s, SB);
    FrArith.square(c, Z, s, SC);
    FrArith.add(s, SC, s, SC, s, SC);
    FrArith.add(s, SA, s, SB, s, SH);
    FrArith.add(c, X, c, Y, s, SE);
    FrArith.square(s, SE, s, SE);
    FrArith.sub(s, SE, s, SH, s, SE);
    FrArith.sub(s, SB, s, SA, s, SG);
    FrArith.sub(s, SC, s, SG, s, SF);
    finish(withT);
  }

  /** Adds the cached addend at {@code q[qo..qo+16)} (add-2008-hwcd-3, complete). */
  void addCached(long[] q, int qo) {
    addCached(q, qo, true);
  }

  /** Like {@link #addCached(long[], int)}, skipping T when only a doubling reads the result. */
  void addCached(long[] q, int qo, boolean withT) {
    FrArith.sub(c, Y, c, X, s, SA);
    FrArith.mul(s, SA, q, qo, s, SA);
    FrArith.add(c, Y, c, X, s, SB);
    FrArith.mul(s, SB, q, qo + 4, s, SB);
    FrArith.mul(c, Z, q, qo + 8, s, SD);
    FrArith.mul(c, T, q, qo + 12, s, SC);
    combine(withT);
  }

  /** Adds the affine addend at {@code q[qo..qo+12)}; like {@link #addCached} with Z2 = 1. */
  void addAffine(long[] q, int qo) {
    addAffine(q, qo, true);
  }

  /** Like {@link #addAffine(long[], int)}, skipping T when only a doubling reads the result. */
  void addAffine(long[] q, int qo, boolean withT) {
    FrArith.sub(c, Y, c, X, s, SA);
    FrArith.mul(s, SA, q, qo, s, SA);
    FrArith.add(c, Y, c, X, s, SB);
    FrArith.mul(s, SB, q, qo + 4, s, SB);
    FrArith.add(c, Z, c, Z, s, SD);
    FrArith.mul(c, T, q, qo + 8, s, SC);
    combine(withT);
  }

  private void combine(boolean withT) {
    FrArith.sub(s, SB, s, SA, s, SE);
    FrArith.add(s, SB, s, SA, s, SH);
    FrArith.sub(s, SD, s, SC, s, SF);
    FrArith.add(s, SD, s, SC, s, SG);
    finish(withT);
  }

  private void finish(boolean withT) {
    FrArith.mul(s, SE, s, SF, c, X);
    FrArith.mul(s, SG, s, SH, c, Y);
    FrArith.mul(s, SF, s, SG, c, Z);
    if (withT) {
      FrArith.mul(s, SE, s, SH, c, T);
    }
  }

  /** Writes this point as a cached addend to {@code out[oo..oo+16)}. */
  void toCached(long[] out, int oo) {
    FrArith.sub(c, Y, c, X, out, oo);
    FrArith.add(c, Y, c, X, out, oo + 4);
    FrArith.add(c, Z, c, Z, out, oo + 8);
    FrArith.mul(c, T, D2, 0, out, oo + 12);
  }

  /** Writes the negation of the cached addend at {@code q} to {@code out}: -(u, y) = (-u, y). */
  static void negateCached(long[] q, int qo, long[] out, int oo) {
    FrArith.copy(q, qo, out, oo + 4);
    FrArith.copy(q, qo + 4, out, oo);
    FrArith.copy(q, qo + 8, out, oo + 8);
    FrArith.neg(q, qo + 12, out, oo + 12);
  }

  boolean isIdentity() {
    return FrArith.isZero(c, X) && FrArith.equal(c, Y, c, Z);
  }

  /** Whether this point equals the affine Baby Jubjub point (x, y), without an inversion. */
  boolean equalsAffine(Fr x, Fr y) {
    FrArith.load(x, s, SA);
    FrArith.mul(s, SA, K, 0, s, SA);
    FrArith.mul(s, SA, c, Z, s, SA);
    FrArith.load(y, s, SB);
    FrArith.mul(s, SB, c, Z, s, SB);
    return FrArith.equal(s, SA, c, X) && FrArith.equal(s, SB, c, Y);
  }

  /** Converts to affine Baby Jubjub coordinates: x = X/(k·Z), y = Y/Z; one inversion. */
  BabyJubjubPoint toAffine() {
    FrArith.mul(c, Z, K, 0, s, SA);
    FrArith.load(FrArith.toFr(s, SA).inverse(), s, SA);
    FrArith.mul(c, X, s, SA, s, SB);
    FrArith.mul(s, SA, K, 0, s, SA);
    FrArith.mul(c, Y, s, SA, s, SC);
    return new BabyJubjubPoint(FrArith.toFr(s, SB), FrArith.toFr(s, SC));
  }
}
