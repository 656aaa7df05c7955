package io.validium.zk.field;

import java.util.Arrays;

/**
 * In-place arithmetic on Fq12 = Fq6[w]/(w² - v), an element {@code c0 + c1·w} being 48 limbs at
 * {@code [off, off+48)}: c0 then c1, each an {@link Fq6Arith} block.
 *
 * <p>Since w² = v and v³ = ξ, w⁶ = ξ, and the element is also Σ g_j·w^j with g_0 = c0.b0, g_1 =
 * c1.b0, g_2 = c0.b1, g_3 = c1.b1, g_4 = c0.b2, g_5 = c1.b2; Frobenius maps and the line functions
 * of the pairing are simplest in that view. An instance owns its scratch space (and an {@link
 * Fq6Arith}), so it is not thread-safe. Outputs may alias inputs.
 */
public final class Fq12Arith {

  /** Number of 64-bit limbs in one element. */
  public static final int LIMBS = 48;

  /** Number of limbs in a sparse line value {@code a + b·w + c·w³}: three Fq2 elements. */
  public static final int LINE_LIMBS = 3 * Fq2Arith.LIMBS;

  private static final int E = Fq2Arith.LIMBS;
  private static final int H = Fq6Arith.LIMBS;

  /** Offset of g_j, the coefficient of w^j. */
  private static final int[] W_POWER_OFFSET = {0, H, E, H + E, 2 * E, H + 2 * E};

  private static final int X = 0;
  private static final int Y = H;
  private static final int S = 2 * H;
  private static final int T = 3 * H;

  /** Four Fq6 slots and an Fq2 one; cyclotomic squaring reuses the first 72 limbs. */
  private static final int SCRATCH = 4 * H + 2 * E;

  private final Fq6Arith f6 = new Fq6Arith();
  private final Fq2Arith f2 = f6.fq2();
  private final long[] s = new long[SCRATCH];

  /** Writes the limbs of {@code x} to {@code out[off..off+48)}. */
  public static void load(Fq12 x, long[] out, int off) {
    System.arraycopy(x.m, 0, out, off, LIMBS);
  }

  /** Wraps the limbs at {@code m[off..off+48)} as an {@link Fq12} (copying them). */
  public static Fq12 toFq12(long[] m, int off) {
    long[] copy = new long[LIMBS];
    System.arraycopy(m, off, copy, 0, LIMBS);
    return new Fq12(copy);
  }

  /** Copies one element. */
  public void copy(long[] a, int ao, long[] out, int oo) {
    System.arraycopy(a, ao, out, oo, LIMBS);
  }

  /** Sets the element to one. */
  public void one(long[] out, int oo) {
    Arrays.fill(out, oo, oo + LIMBS, 0L);
    FqArith.one(out, oo);
  }

  /** Whether the element is one. */
  public boolean isOne(long[] a, int ao) {
    if (!FqArith.isOne(a, ao)) {
      return false;
    }
    for (int i = ao + FqArith.LIMBS; i < ao + LIMBS; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether two elements are equal. */
  public boolean equal(long[] a, int ao, long[] b, int bo) {
    return Arrays.equals(a, ao, ao + LIMBS, b, bo, bo + LIMBS);
  }

  /** out = c0 - c1·w, which is a^(q⁶) and, in the cyclotomic subgroup, the inverse. */
  public void conjugate(long[] a, int ao, long[] out, int oo) {
    f6.copy(a, ao, out, oo);
    f6.neg(a, ao + H, out, oo + H);
  }

  /** out = a · b, Karatsuba over the quadratic extension: three Fq6 multiplications. */
  public void mul(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    long[] s = this.s;
    f6.mul(a, ao, b, bo, s, X);
    f6.mul(a, ao + H, b, bo + H, s, Y);
    f6.add(a, ao, a, ao + H, s, S);
    f6.add(b, bo, b, bo + H, s, T);
    f6.mul(s, S, s, T, s, S);
    f6.sub(s, S, s, X, s, S);
    f6.sub(s, S, s, Y, out, oo + H);
    f6.mulByV(s, Y, s, Y);
    f6.add(s, X, s, Y, out, oo);
  }

  /** out = a², the complex method: c0 = (c0 + c1)(c0 + v·c1) - (1 + v)·c0·c1, c1 = 2·c0·c1. */
  public void square(long[] a, int ao, long[] out, int oo) {
    long[] s = this.s;
    f6.mul(a, ao, a, ao + H, s, X);
    f6.mulByV(a, ao + H, s, S);
    f6.add(a, ao, s, S, s, S);
    f6.add(a, ao, a, ao + H, s, T);
    f6.mul(s, S, s, T, s, S);
    f6.mulByV(s, X, s, Y);
    f6.sub(s, S, s, X, s, S);
    f6.sub(s, S, s, Y, out, oo);
    f6.dbl(s, X, out, oo + H);
  }

  /** out = a^-1 = (c0 - c1·w)/(c0² - v·c1²); zero maps to zero. */
  public void inverse(long[] a, int ao, long[] out, int oo) {
    long[] s = this.s;
    f6.square(a, ao, s, X);
    f6.square(a, ao + H, s, Y);
    f6.mulByV(s, Y, s, Y);
    f6.sub(s, X, s, Y, s, X);
    f6.inverse(s, X, s, X);
    f6.mul(a, ao, s, X, out, oo);
    f6.mul(a, ao + H, s, X, s, Y);
    f6.neg(s, Y, out, oo + H);
  }

  /** out = a^(q^k): g_j becomes conj^k(g_j)·γ(k, j). */
  public void frobenius(long[] a, int ao, int k, long[] out, int oo) {
    long[] gamma = FrobeniusCoefficients.GAMMA[Math.floorMod(k, FrobeniusCoefficients.PERIOD)];
    boolean odd = (k & 1) != 0;
    for (int j = 0; j < 6; j++) {
      int off = W_POWER_OFFSET[j];
      if (odd) {
        f2.conjugate(a, ao + off, out, oo + off);
      } else {
        f2.copy(a, ao + off, out, oo + off);
      }
      if (j > 0) {
        f2.mul(out, oo + off, gamma, j * E, out, oo + off);
      }
    }
  }

  /**
   * out = a · (x + y·w + z·w³) for the three Fq2 values at {@code line[lo..lo+24)}: the shape of
   * every line function of the optimal ate Miller loop, 13 Fq2 multiplications instead of 18.
   */
  public void mulByLine(long[] a, int ao, long[] line, int lo, long[] out, int oo) {
    long[] s = this.s;
    int x = lo;
    int y = lo + E;
    int z = lo + 2 * E;
    // Split the line as l0 + l1·w with l0 = x and l1 = y + z·v.
    f6.mulByFq2(a, ao, line, x, s, X);
    f6.mulBy01(a, ao + H, line, y, line, z, s, Y);
    f2.add(line, x, line, y, s, 4 * H);
    f6.add(a, ao, a, ao + H, s, S);
    f6.mulBy01(s, S, s, 4 * H, line, z, s, S);
    f6.sub(s, S, s, X, s, S);
    f6.sub(s, S, s, Y, out, oo + H);
    f6.mulByV(s, Y, s, Y);
    f6.add(s, X, s, Y, out, oo);
  }

  /**
   * out = a² for a in the cyclotomic subgroup (a^(q⁶+1) = 1), the Granger-Scott formula: three Fq4
   * squarings, about two thirds of a general squaring.
   *
   * <p>Over Fq4 = Fq2[s]/(s² - ξ), s = w³, the element is A0 + A1·w + A2·w² with A0 = g0 + g3·s, A1
   * = g1 + g4·s, A2 = g2 + g5·s, and the square is (3A0² - 2·conj(A0)) + (3s·A2² + 2·conj(A1))·w +
   * (3A1² - 2·conj(A2))·w², conj negating the s part.
   */
  public void cyclotomicSquare(long[] a, int ao, long[] out, int oo) {
    long[] s = this.s;
    int[] g = W_POWER_OFFSET;
    int t00 = 0;
    int t01 = E;
    int t10 = 2 * E;
    int t11 = 3 * E;
    int t20 = 4 * E;
    int t21 = 5 * E;
    fq4Square(a, ao + g[0], ao + g[3], t00, t01);
    fq4Square(a, ao + g[1], ao + g[4], t10, t11);
    fq4Square(a, ao + g[2], ao + g[5], t20, t21);
    f2.mulByNonResidue(s, t21, s, t21);

    threeTMinusTwoG(s, t00, a, ao + g[0], out, oo + g[0]);
    threeTPlusTwoG(s, t01, a, ao + g[3], out, oo + g[3]);
    threeTPlusTwoG(s, t21, a, ao + g[1], out, oo + g[1]);
    threeTMinusTwoG(s, t20, a, ao + g[4], out, oo + g[4]);
    threeTMinusTwoG(s, t10, a, ao + g[2], out, oo + g[2]);
    threeTPlusTwoG(s, t11, a, ao + g[5], out, oo + g[5]);
  }

  /** (s[r0], s[r1]) = (x + y·s)² = (x² + ξy², 2xy) in Fq4, for x, y in {@code a}. */
  private void fq4Square(long[] a, int x, int y, int r0, int r1) {
    long[] s = this.s;
    int tx = 6 * E;
    int ty = 7 * E;
    f2.square(a, x, s, tx);
    f2.square(a, y, s, ty);
    f2.add(a, x, a, y, s, r1);
    f2.square(s, r1, s, r1);
    f2.sub(s, r1, s, tx, s, r1);
    f2.sub(s, r1, s, ty, s, r1);
    f2.mulByNonResidue(s, ty, s, r0);
    f2.add(s, r0, s, tx, s, r0);
  }

  /** out = 3t - 2g = 2(t - g) + t. */
  private void threeTMinusTwoG(long[] t, int to, long[] g, int go, long[] out, int oo) {
    int d = 8 * E;
    f2.sub(t, to, g, go, s, d);
    f2.dbl(s, d, s, d);
    f2.add(s, d, t, to, out, oo);
  }

  /** out = 3t + 2g = 2(t + g) + t. */
  private void threeTPlusTwoG(long[] t, int to, long[] g, int go, long[] out, int oo) {
    int d = 8 * E;
    f2.add(t, to, g, go, s, d);
    f2.dbl(s, d, s, d);
    f2.add(s, d, t, to, out, oo);
  }
}
