package io.validium.core.crypto;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.math.BigInteger;

/**
 * Decides whether a curve point lies in the order-l subgroup with one field exponentiation instead
 * of a multiplication by l, for batch verification: single verification rejects every R8 outside
 * the subgroup (S·B8 − 8h·A always lies in it), so a batch must too, and a random linear
 * combination cannot see the 8-torsion (a group of order 8 is too small for random coefficients).
 *
 * <p>The curve's group is cyclic of order 8·l, so the subgroup is 8E. The reduced Tate pairing of
 * order 8 with a generator T of the 8-torsion, P ↦ f(P)^((r−1)/8) with div f = 8(T) − 8(O), maps
 * E/8E injectively into the 8th roots of unity (8 divides r − 1): P is in the subgroup iff f(P) is
 * an 8th power. f is Miller's function on the Montgomery form v² = u³ + 168698·u² + u: (l₁/v₂)⁴ ·
 * (l₂/v₄)² · u, where l₁, l₂ are the tangents at T and 2T, v₂ the vertical through 2T, v₄ = u that
 * through 4T = (0, 0). With u = N/D, v = N/(D·x), N = 1 + y, D = 1 − y, and 8th powers of the
 * denominators multiplied away, the value tested is L₁⁴·L₂²·V₂⁴·(N·D)⁷·x².
 */
final class SubgroupTest {

  /** What the test says about an on-curve point. */
  enum Verdict {
    IN_SUBGROUP,
    OUTSIDE,
    /** A zero or pole of f: one of the eight points of order dividing 8; decide another way. */
    UNDECIDED
  }

  /** A point of order 8 (Edwards coordinates); any generator of the 8-torsion would do. */
  static final BabyJubjubPoint T8 =
      BabyJubjubPoint.of(
          Fr.fromDecimal(
              "17545522957889784193459637215142187266023652151580582754000402781682644312291"),
          Fr.fromDecimal(
              "17061719626832259898845741003733890968968767993363194771977168648564009544074"));

  private static final BigInteger EXPONENT = Fr.MODULUS.subtract(BigInteger.ONE).shiftRight(3);
  private static final int WINDOW = 4;
  private static final byte[] DIGITS = digits(EXPONENT);

  /** Line constants: l₁ = v − λ₁u − c₁, l₂ = v − λ₂u − c₂, v₂ = u − u₂. */
  private static final Fr LAMBDA1;

  private static final Fr C1;
  private static final Fr LAMBDA2;
  private static final Fr C2;
  private static final Fr U2;

  static {
    Fr montA = Fr.of(168698);
    Fr ut = Fr.ONE.add(T8.y()).mul(Fr.ONE.sub(T8.y()).inverse());
    Fr vt = ut.mul(T8.x().inverse());
    LAMBDA1 = tangentSlope(montA, ut, vt);
    U2 = LAMBDA1.square().sub(montA).sub(ut).sub(ut);
    Fr v2 = LAMBDA1.mul(ut.sub(U2)).sub(vt);
    LAMBDA2 = tangentSlope(montA, U2, v2);
    C1 = vt.sub(LAMBDA1.mul(ut));
    C2 = v2.sub(LAMBDA2.mul(U2));
    Fr u4 = LAMBDA2.square().sub(montA).sub(U2).sub(U2);
    if (!u4.isZero()
        || !T8.multiply(BigInteger.valueOf(8)).isIdentity()
        || T8.multiply(BigInteger.valueOf(4)).isIdentity()) {
      throw new ExceptionInInitializerError("T8 is not a point of order 8");
    }
  }

  private SubgroupTest() {}

  /** For a point (x, y) on the curve. */
  static Verdict of(Fr x, Fr y) {
    Fr n = Fr.ONE.add(y);
    Fr d = Fr.ONE.sub(y);
    Fr l1 = n.sub(x.mul(LAMBDA1.mul(n).add(C1.mul(d))));
    Fr l2 = n.sub(x.mul(LAMBDA2.mul(n).add(C2.mul(d))));
    Fr v2 = n.sub(U2.mul(d));
    Fr l1sq = l1.square();
    Fr v2sq = v2.square();
    Fr nd = n.mul(d);
    Fr nd2 = nd.square();
    Fr nd7 = nd2.square().mul(nd2).mul(nd);
    Fr f = l1sq.square().mul(l2.square()).mul(v2sq.square()).mul(nd7).mul(x.square());
    if (f.isZero()) {
      return Verdict.UNDECIDED;
    }
    return FrArith.toFr(power(f), 0).equals(Fr.ONE) ? Verdict.IN_SUBGROUP : Verdict.OUTSIDE;
  }

  private static Fr tangentSlope(Fr montA, Fr u, Fr v) {
    Fr num = u.square().mul(Fr.of(3)).add(montA.mul(u).add(montA.mul(u))).add(Fr.ONE);
    return num.mul(v.add(v).inverse());
  }

  /** f^((r−1)/8) in Montgomery limbs, fixed 4-bit windows over the public exponent. */
  private static long[] power(Fr f) {
    long[] table = new long[(1 << WINDOW) * FrArith.LIMBS];
    FrArith.one(table, 0);
    FrArith.load(f, table, FrArith.LIMBS);
    for (int j = 2; j < 1 << WINDOW; j++) {
      FrArith.mul(table, (j - 1) * FrArith.LIMBS, table, FrArith.LIMBS, table, j * FrArith.LIMBS);
    }
    long[] acc = new long[FrArith.LIMBS];
    FrArith.copy(table, DIGITS[DIGITS.length - 1] * FrArith.LIMBS, acc, 0);
    for (int i = DIGITS.length - 2; i >= 0; i--) {
      for (int k = 0; k < WINDOW; k++) {
        FrArith.square(acc, 0, acc, 0);
      }
      if (DIGITS[i] != 0) {
        FrArith.mul(acc, 0, table, DIGITS[i] * FrArith.LIMBS, acc, 0);
      }
    }
    return acc;
  }

  private static byte[] digits(BigInteger e) {
    int n = (e.bitLength() + WINDOW - 1) / WINDOW;
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) e.shiftRight(WINDOW * i).intValue();
      out[i] &= (1 << WINDOW) - 1;
    }
    return out;
  }
}
