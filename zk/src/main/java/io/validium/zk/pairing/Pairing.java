package io.validium.zk.pairing;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G1Arith;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq12;
import io.validium.zk.field.Fq12Arith;
import java.util.ArrayList;
import java.util.List;

/**
 * The optimal ate pairing e: G1 × G2 → GT ⊂ Fq12 of BN254, bilinear and non-degenerate, with the
 * same values as snarkjs (ffjavascript) and gnark: the reduced pairing raised to the fixed power s
 * = 2u(6u² + 3u + 1), which their final exponentiation computes because it is cheaper. Whether a
 * product of pairings is one, all a verifier asks, does not depend on s.
 *
 * <p>Inputs are not validated: points must be in G1 and G2 (check {@link G1#isOnCurve()} and {@link
 * G2#isInSubgroup()} for untrusted ones), or the result is meaningless (and a degenerate Miller
 * loop throws ArithmeticException). Thread-safe: every call uses its own engines.
 */
public final class Pairing {

  private Pairing() {}

  /** e(p, q). */
  public static Fq12 pair(G1 p, G2 q) {
    return finalExponentiation(millerLoop(List.of(p), List.of(q)));
  }

  /**
   * Whether Π e(ps[k], qs[k]) = 1, with one Miller loop over all pairs and one final
   * exponentiation: the form a pairing-based verifier checks its equation in. Throws
   * IllegalArgumentException if the lists differ in length.
   */
  public static boolean pairingProductIsOne(List<G1> ps, List<G2> qs) {
    return finalExponentiation(millerLoop(ps, qs)).isOne();
  }

  /**
   * The product of the Miller-loop values of the pairs, before final exponentiation; pairs with a
   * point at infinity contribute 1.
   */
  public static Fq12 millerLoop(List<G1> ps, List<G2> qs) {
    if (ps.size() != qs.size()) {
      throw new IllegalArgumentException(
          "pairing needs as many G1 as G2 points: " + ps.size() + " and " + qs.size());
    }
    List<PreparedG2> prepared = new ArrayList<>();
    for (G2 q : qs) {
      prepared.add(PreparedG2.of(q));
    }
    return millerLoopPrepared(ps, prepared);
  }

  /** As {@link #millerLoop}, with G2 points whose lines were worked out in advance. */
  public static Fq12 millerLoopPrepared(List<G1> ps, List<PreparedG2> qs) {
    if (ps.size() != qs.size()) {
      throw new IllegalArgumentException(
          "pairing needs as many G1 as G2 points: " + ps.size() + " and " + qs.size());
    }
    G1Arith g1 = new G1Arith();
    List<long[]> points = new ArrayList<>();
    List<long[]> lines = new ArrayList<>();
    for (int k = 0; k < ps.size(); k++) {
      long[] p = new long[G1Arith.POINT_LIMBS];
      G1Arith.load(ps.get(k), p, 0);
      long[] affine = new long[G1Arith.AFFINE_LIMBS];
      if (g1.toAffine(p, 0, affine, 0) && !qs.get(k).isInfinity()) {
        points.add(affine);
        lines.add(qs.get(k).lines);
      }
    }
    long[] f = new long[Fq12Arith.LIMBS];
    new MillerLoop().run(points.toArray(new long[0][]), lines.toArray(new long[0][]), f);
    return Fq12Arith.toFq12(f, 0);
  }

  /**
   * f^(s·(q¹² - 1)/r) with s = 2u(6u² + 3u + 1), mapping a Miller-loop value into the order-r group
   * GT.
   */
  public static Fq12 finalExponentiation(Fq12 f) {
    if (f.isZero()) {
      throw new ArithmeticException("a Miller-loop value is never zero");
    }
    long[] limbs = new long[Fq12Arith.LIMBS];
    Fq12Arith.load(f, limbs, 0);
    new FinalExponentiation().apply(limbs);
    return Fq12Arith.toFq12(limbs, 0);
  }
}
