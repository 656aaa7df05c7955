package io.validium.zk.pairing;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.Naf;
import io.validium.zk.field.Fq12Arith;
import io.validium.zk.field.Fq2Arith;
import io.validium.zk.field.FrobeniusCoefficients;

/**
 * The lines of the optimal ate Miller loop for one G2 point Q: the tangents and chords met while T
 * runs through the NAF of 6u + 2 from Q, then the chords to π(Q) and -π²(Q).
 *
 * <p>T runs over the twist in homogeneous projective coordinates (x = X/Z, y = Y/Z), which need no
 * inversion. Under the untwisting map (x, y) ↦ (x·w², y·w³) every line through points of the twist,
 * evaluated at P = (xP, yP) and scaled by a factor in Fq2, is a·yP + b·xP·w + c·w³; the final
 * exponentiation erases such factors, so lines are stored as (a, b, c) and nothing is divided. An
 * instance holds scratch space and is not thread-safe.
 */
final class LineCoefficients {

  /** Digits of 6u + 2, least significant first; the top digit is 1. */
  static final byte[] LOOP = Naf.of(Bn254.ATE_LOOP_COUNT);

  /** Lines per point: a doubling per digit below the top, a chord per non-zero one, two more. */
  static final int COUNT = countLines();

  private static final int E = Fq2Arith.LIMBS;
  private static final int LINE = Fq12Arith.LINE_LIMBS;
  private static final int X = 0;
  private static final int Y = E;
  private static final int Z = 2 * E;

  /** 3b', the constant of the doubling formula. */
  private static final long[] THREE_B = new long[E];

  private static final long[] PI_X = new long[E];
  private static final long[] PI_Y = new long[E];
  private static final long[] PI2_X = new long[E];
  private static final long[] PI2_Y = new long[E];

  static {
    Fq2Arith.load(Bn254.TWIST_B.add(Bn254.TWIST_B).add(Bn254.TWIST_B), THREE_B, 0);
    FrobeniusCoefficients.gamma(1, 2, PI_X, 0);
    FrobeniusCoefficients.gamma(1, 3, PI_Y, 0);
    FrobeniusCoefficients.gamma(2, 2, PI2_X, 0);
    FrobeniusCoefficients.gamma(2, 3, PI2_Y, 0);
  }

  private final Fq2Arith f2 = new Fq2Arith();
  private final long[] t = new long[3 * E];
  private final long[] s = new long[12 * E];

  private static int countLines() {
    int count = 2;
    for (int i = LOOP.length - 2; i >= 0; i--) {
      count += LOOP[i] == 0 ? 1 : 2;
    }
    return count;
  }

  /** The {@link #COUNT} lines of the affine point q (16 limbs), in the order the loop uses them. */
  long[] of(long[] q) {
    long[] lines = new long[COUNT * LINE];
    long[] negQ = new long[2 * E];
    f2.copy(q, 0, negQ, 0);
    f2.neg(q, E, negQ, E);
    f2.copy(q, 0, t, X);
    f2.copy(q, E, t, Y);
    f2.one(t, Z);
    int off = 0;
    for (int i = LOOP.length - 2; i >= 0; i--) {
      doublingStep(lines, off);
      off += LINE;
      if (LOOP[i] != 0) {
        additionStep(LOOP[i] > 0 ? q : negQ, lines, off);
        off += LINE;
      }
    }
    long[] image = new long[2 * E];
    // π(Q): conjugate (the q-power map of Fq2), then rescale for the twist.
    f2.conjugate(q, 0, image, 0);
    f2.mul(image, 0, PI_X, 0, image, 0);
    f2.conjugate(q, E, image, E);
    f2.mul(image, E, PI_Y, 0, image, E);
    additionStep(image, lines, off);
    off += LINE;
    // -π²(Q): conjugating twice is the identity, so only the rescaling remains.
    f2.mul(q, 0, PI2_X, 0, image, 0);
    f2.mul(q, E, PI2_Y, 0, image, E);
    f2.neg(image, E, image, E);
    additionStep(image, lines, off);
    return lines;
  }

  /**
   * T = 2T, writing the tangent at T as (-2YZ, 3X², 3b'Z² - Y²). The point update is the
   * homogeneous doubling of Costello, Lange and Naehrig for a = 0, scaled by 4 to avoid halving: X3
   * = 2XY(B - 9b'Z²), Y3 = (B + 9b'Z²)² - 108b'²Z⁴, Z3 = 8Y³Z, with B = Y².
   */
  private void doublingStep(long[] lines, int lo) {
    long[] s = this.s;
    int a = 0, b = E, c = 2 * E, e = 3 * E, ff = 4 * E, g = 5 * E, h = 6 * E, j = 7 * E;
    int x3 = 8 * E, y3 = 9 * E, z3 = 10 * E;
    f2.mul(t, X, t, Y, s, a);
    f2.dbl(s, a, s, a);
    f2.square(t, Y, s, b);
    f2.square(t, Z, s, c);
    f2.mul(s, c, THREE_B, 0, s, e);
    f2.dbl(s, e, s, ff);
    f2.add(s, ff, s, e, s, ff);
    f2.add(t, Y, t, Z, s, h);
    f2.square(s, h, s, h);
    f2.sub(s, h, s, b, s, h);
    f2.sub(s, h, s, c, s, h);
    f2.square(t, X, s, j);

    f2.neg(s, h, lines, lo);
    f2.dbl(s, j, lines, lo + E);
    f2.add(lines, lo + E, s, j, lines, lo + E);
    f2.sub(s, e, s, b, lines, lo + 2 * E);

    f2.sub(s, b, s, ff, s, x3);
    f2.mul(s, x3, s, a, s, x3);
    f2.add(s, b, s, ff, s, g);
    f2.square(s, g, s, y3);
    f2.square(s, e, s, e);
    f2.dbl(s, e, s, c);
    f2.add(s, c, s, e, s, c);
    f2.dbl(s, c, s, c);
    f2.dbl(s, c, s, c);
    f2.sub(s, y3, s, c, s, y3);
    f2.mul(s, b, s, h, s, z3);
    f2.dbl(s, z3, s, z3);
    f2.dbl(s, z3, s, z3);
    System.arraycopy(s, x3, t, 0, 3 * E);
  }

  /**
   * T = T + Q for affine Q, writing the chord through them as (λ, -θ, θ·xQ - λ·yQ) with θ = Y -
   * yQ·Z and λ = X - xQ·Z (homogeneous mixed addition).
   */
  private void additionStep(long[] q, long[] lines, int lo) {
    long[] s = this.s;
    int theta = 0, lambda = E, c = 2 * E, d = 3 * E, e = 4 * E, ff = 5 * E, g = 6 * E, h = 7 * E;
    int x3 = 8 * E, y3 = 9 * E, z3 = 10 * E;
    f2.mul(q, E, t, Z, s, theta);
    f2.sub(t, Y, s, theta, s, theta);
    f2.mul(q, 0, t, Z, s, lambda);
    f2.sub(t, X, s, lambda, s, lambda);

    f2.copy(s, lambda, lines, lo);
    f2.neg(s, theta, lines, lo + E);
    f2.mul(s, theta, q, 0, lines, lo + 2 * E);
    f2.mul(s, lambda, q, E, s, c);
    f2.sub(lines, lo + 2 * E, s, c, lines, lo + 2 * E);

    f2.square(s, theta, s, c);
    f2.square(s, lambda, s, d);
    f2.mul(s, d, s, lambda, s, e);
    f2.mul(s, c, t, Z, s, ff);
    f2.mul(s, d, t, X, s, g);
    f2.add(s, e, s, ff, s, h);
    f2.sub(s, h, s, g, s, h);
    f2.sub(s, h, s, g, s, h);
    f2.mul(s, lambda, s, h, s, x3);
    f2.sub(s, g, s, h, s, y3);
    f2.mul(s, y3, s, theta, s, y3);
    f2.mul(s, e, t, Y, s, c);
    f2.sub(s, y3, s, c, s, y3);
    f2.mul(s, e, t, Z, s, z3);
    System.arraycopy(s, x3, t, 0, 3 * E);
  }
}
