package io.validium.zk.pairing;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.Naf;
import io.validium.zk.field.Fq12Arith;
import io.validium.zk.field.Fq2Arith;
import io.validium.zk.field.FqArith;
import io.validium.zk.field.FrobeniusCoefficients;

/**
 * The optimal ate Miller loop of BN254 over several pairs at once, sharing the squarings of the
 * accumulator: f = Π_k f_{6u+2,Q_k}(P_k) · ℓ_{T,π(Q_k)}(P_k) · ℓ_{T',-π²(Q_k)}(P_k).
 *
 * <p>T runs over the twist in homogeneous projective coordinates (x = X/Z, y = Y/Z), which need no
 * inversion. Under the untwisting map (x, y) ↦ (x·w², y·w³) every line through points of the twist,
 * evaluated at P = (xP, yP) and scaled by a factor in Fq2, has the sparse shape a + b·w + c·w³ with
 * a a multiple of yP and b a multiple of xP; the final exponentiation erases the Fq2 factors, so
 * the loop never divides. An instance holds scratch space and is not thread-safe.
 */
final class MillerLoop {

  /** Digits of 6u + 2, least significant first; the top digit is 1. */
  private static final byte[] LOOP = Naf.of(Bn254.ATE_LOOP_COUNT);

  private static final int E = Fq2Arith.LIMBS;
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
  private final Fq12Arith f12 = new Fq12Arith();
  private final long[] line = new long[Fq12Arith.LINE_LIMBS];
  private final long[] s = new long[12 * E];

  /**
   * Writes the product of the Miller loops of the pairs (ps[k], qs[k]) to {@code f[0..48)}. Each
   * ps[k] is an affine G1 point (8 limbs), each qs[k] an affine G2 point (16 limbs); neither may be
   * the point at infinity (such pairs contribute 1 and must be left out by the caller).
   */
  void run(long[][] ps, long[][] qs, long[] f) {
    int n = ps.length;
    long[][] t = new long[n][3 * E];
    long[][] negQ = new long[n][2 * E];
    for (int k = 0; k < n; k++) {
      f2.copy(qs[k], 0, t[k], X);
      f2.copy(qs[k], E, t[k], Y);
      f2.one(t[k], Z);
      f2.copy(qs[k], 0, negQ[k], 0);
      f2.neg(qs[k], E, negQ[k], E);
    }
    f12.one(f, 0);
    for (int i = LOOP.length - 2; i >= 0; i--) {
      if (i != LOOP.length - 2) {
        f12.square(f, 0, f, 0);
      }
      for (int k = 0; k < n; k++) {
        doublingStep(t[k], ps[k]);
        f12.mulByLine(f, 0, line, 0, f, 0);
        if (LOOP[i] != 0) {
          additionStep(t[k], LOOP[i] > 0 ? qs[k] : negQ[k], ps[k]);
          f12.mulByLine(f, 0, line, 0, f, 0);
        }
      }
    }
    long[] frobeniusQ = new long[2 * E];
    for (int k = 0; k < n; k++) {
      // π(Q): conjugate (the q-power map of Fq2), then rescale for the twist.
      f2.conjugate(qs[k], 0, frobeniusQ, 0);
      f2.mul(frobeniusQ, 0, PI_X, 0, frobeniusQ, 0);
      f2.conjugate(qs[k], E, frobeniusQ, E);
      f2.mul(frobeniusQ, E, PI_Y, 0, frobeniusQ, E);
      additionStep(t[k], frobeniusQ, ps[k]);
      f12.mulByLine(f, 0, line, 0, f, 0);
      // -π²(Q): conjugating twice is the identity, so only the rescaling remains.
      f2.mul(qs[k], 0, PI2_X, 0, frobeniusQ, 0);
      f2.mul(qs[k], E, PI2_Y, 0, frobeniusQ, E);
      f2.neg(frobeniusQ, E, frobeniusQ, E);
      additionStep(t[k], frobeniusQ, ps[k]);
      f12.mulByLine(f, 0, line, 0, f, 0);
    }
  }

  /**
   * T = 2T, and {@link #line} = the tangent at T evaluated at p: -2YZ·yP + 3X²·xP·w + (3b'Z² -
   * Y²)·w³. The point update is the homogeneous doubling of Costello, Lange and Naehrig for a = 0,
   * scaled by 4 to avoid halving: X3 = 2XY(B - 9b'Z²), Y3 = (B + 9b'Z²)² - 108b'²Z⁴, Z3 = 8Y³Z,
   * with B = Y².
   */
  private void doublingStep(long[] t, long[] p) {
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

    // Line: a = -H·yP, b = 3J·xP, c = E - B.
    f2.mulByFq(s, h, p, FqArith.LIMBS, line, 0);
    f2.neg(line, 0, line, 0);
    f2.dbl(s, j, line, E);
    f2.add(line, E, s, j, line, E);
    f2.mulByFq(line, E, p, 0, line, E);
    f2.sub(s, e, s, b, line, 2 * E);

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
   * T = T + Q for affine Q, and {@link #line} = the line through them evaluated at p: λ·yP - θ·xP·w
   * + (θ·xQ - λ·yQ)·w³, with θ = Y - yQ·Z and λ = X - xQ·Z (homogeneous mixed addition).
   */
  private void additionStep(long[] t, long[] q, long[] p) {
    long[] s = this.s;
    int theta = 0, lambda = E, c = 2 * E, d = 3 * E, e = 4 * E, ff = 5 * E, g = 6 * E, h = 7 * E;
    int x3 = 8 * E, y3 = 9 * E, z3 = 10 * E;
    f2.mul(q, E, t, Z, s, theta);
    f2.sub(t, Y, s, theta, s, theta);
    f2.mul(q, 0, t, Z, s, lambda);
    f2.sub(t, X, s, lambda, s, lambda);

    f2.mulByFq(s, lambda, p, FqArith.LIMBS, line, 0);
    f2.mulByFq(s, theta, p, 0, line, E);
    f2.neg(line, E, line, E);
    f2.mul(s, theta, q, 0, line, 2 * E);
    f2.mul(s, lambda, q, E, s, c);
    f2.sub(line, 2 * E, s, c, line, 2 * E);

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
