package io.validium.zk.pairing;

import io.validium.zk.curve.G2;
import io.validium.zk.curve.G2Arith;

/**
 * A G2 point with the lines of its Miller loop worked out in advance, for points that take part in
 * many pairings, such as a verifying key's γ and δ: the loop then only evaluates the lines at the
 * G1 point and skips all arithmetic on the twist.
 *
 * <p>Each line is kept as three Fq2 coefficients (a, b, c) standing for a·yP + b·xP·w + c·w³ at a
 * G1 point P = (xP, yP). Like {@link Pairing}, this does not validate the point.
 */
public final class PreparedG2 {

  /** Line coefficients in loop order; empty for the point at infinity. */
  final long[] lines;

  private PreparedG2(long[] lines) {
    this.lines = lines;
  }

  /** Works out the lines of q's Miller loop (about 90 of them, 17 KiB). */
  public static PreparedG2 of(G2 q) {
    long[] jacobian = new long[G2Arith.POINT_LIMBS];
    G2Arith.load(q, jacobian, 0);
    long[] affine = new long[G2Arith.AFFINE_LIMBS];
    if (!new G2Arith().toAffine(jacobian, 0, affine, 0)) {
      return new PreparedG2(new long[0]);
    }
    return new PreparedG2(new LineCoefficients().of(affine));
  }

  /** Whether the point is at infinity, whose pairings are all one. */
  public boolean isInfinity() {
    return lines.length == 0;
  }
}
