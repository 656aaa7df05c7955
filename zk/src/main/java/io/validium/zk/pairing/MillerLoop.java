package io.validium.zk.pairing;

import io.validium.zk.field.Fq12Arith;
import io.validium.zk.field.Fq2Arith;
import io.validium.zk.field.FqArith;

/**
 * The optimal ate Miller loop of BN254 over several pairs at once, sharing the squarings of the
 * accumulator: f = Π_k f_{6u+2,Q_k}(P_k) · ℓ_{T,π(Q_k)}(P_k) · ℓ_{T',-π²(Q_k)}(P_k), each Q_k given
 * by its precomputed {@link LineCoefficients}. An instance holds scratch space and is not
 * thread-safe.
 */
final class MillerLoop {

  private static final int E = Fq2Arith.LIMBS;
  private static final int LINE = Fq12Arith.LINE_LIMBS;
  private static final byte[] LOOP = LineCoefficients.LOOP;

  private final Fq2Arith f2 = new Fq2Arith();
  private final Fq12Arith f12 = new Fq12Arith();
  private final long[] line = new long[LINE];

  /**
   * Writes the product of the Miller loops of the pairs (ps[k], lines[k]) to {@code f[0..48)}. Each
   * ps[k] is an affine G1 point (8 limbs) and lines[k] the lines of a G2 point; pairs with a point
   * at infinity must be left out by the caller (they contribute 1).
   */
  void run(long[][] ps, long[][] lines, long[] f) {
    int n = ps.length;
    f12.one(f, 0);
    int off = 0;
    for (int i = LOOP.length - 2; i >= 0; i--) {
      if (i != LOOP.length - 2) {
        f12.square(f, 0, f, 0);
      }
      for (int k = 0; k < n; k++) {
        multiplyByLine(f, lines[k], off, ps[k]);
      }
      off += LINE;
      if (LOOP[i] != 0) {
        for (int k = 0; k < n; k++) {
          multiplyByLine(f, lines[k], off, ps[k]);
        }
        off += LINE;
      }
    }
    for (int last = 0; last < 2; last++) {
      for (int k = 0; k < n; k++) {
        multiplyByLine(f, lines[k], off, ps[k]);
      }
      off += LINE;
    }
  }

  /** f = f · (a·yP + b·xP·w + c·w³) for the line (a, b, c) at {@code lines[lo..]}. */
  private void multiplyByLine(long[] f, long[] lines, int lo, long[] p) {
    f2.mulByFq(lines, lo, p, FqArith.LIMBS, line, 0);
    f2.mulByFq(lines, lo + E, p, 0, line, E);
    f2.copy(lines, lo + 2 * E, line, 2 * E);
    f12.mulByLine(f, 0, line, 0, f, 0);
  }
}
