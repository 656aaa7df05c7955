package io.validium.zk.field;

import java.util.Arrays;

/**
 * In-place arithmetic on Fq6 = Fq2[v]/(v³ - ξ), ξ = 9 + u, an element {@code b0 + b1·v + b2·v²}
 * being 24 limbs at {@code [off, off+24)}: b0, b1, b2, each an {@link Fq2Arith} block.
 *
 * <p>An instance owns its scratch space (and an {@link Fq2Arith}), so it is not thread-safe.
 * Outputs may alias inputs.
 */
public final class Fq6Arith {

  /** Number of 64-bit limbs in one element. */
  public static final int LIMBS = 24;

  private static final int E = Fq2Arith.LIMBS;
  private static final int B1 = E;
  private static final int B2 = 2 * E;

  private static final int T0 = 0;
  private static final int T1 = E;
  private static final int T2 = 2 * E;
  private static final int C0 = 3 * E;
  private static final int C1 = 4 * E;
  private static final int C2 = 5 * E;
  private static final int U = 6 * E;
  private static final int V = 7 * E;

  private final Fq2Arith f2 = new Fq2Arith();
  private final long[] s = new long[8 * E];

  /** Writes the limbs of {@code x} to {@code out[off..off+24)}. */
  public static void load(Fq6 x, long[] out, int off) {
    System.arraycopy(x.m, 0, out, off, LIMBS);
  }

  /** Wraps the limbs at {@code m[off..off+24)} as an {@link Fq6} (copying them). */
  public static Fq6 toFq6(long[] m, int off) {
    long[] copy = new long[LIMBS];
    System.arraycopy(m, off, copy, 0, LIMBS);
    return new Fq6(copy);
  }

  /** The Fq2 engine this engine works through, for callers mixing both levels. */
  public Fq2Arith fq2() {
    return f2;
  }

  /** Copies one element. */
  public void copy(long[] a, int ao, long[] out, int oo) {
    System.arraycopy(a, ao, out, oo, LIMBS);
  }

  /** Sets the element to zero. */
  public void zero(long[] out, int oo) {
    Arrays.fill(out, oo, oo + LIMBS, 0L);
  }

  /** Sets the element to one. */
  public void one(long[] out, int oo) {
    zero(out, oo);
    FqArith.one(out, oo);
  }

  /** Whether the element is zero. */
  public boolean isZero(long[] a, int ao) {
    return f2.isZero(a, ao) && f2.isZero(a, ao + B1) && f2.isZero(a, ao + B2);
  }

  /** Whether two elements are equal. */
  public boolean equal(long[] a, int ao, long[] b, int bo) {
    return f2.equal(a, ao, b, bo)
        && f2.equal(a, ao + B1, b, bo + B1)
        && f2.equal(a, ao + B2, b, bo + B2);
  }

  /** out = a + b. */
  public void add(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    f2.add(a, ao, b, bo, out, oo);
    f2.add(a, ao + B1, b, bo + B1, out, oo + B1);
    f2.add(a, ao + B2, b, bo + B2, out, oo + B2);
  }

  /** out = a - b. */
  public void sub(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    f2.sub(a, ao, b, bo, out, oo);
    f2.sub(a, ao + B1, b, bo + B1, out, oo + B1);
    f2.sub(a, ao + B2, b, bo + B2, out, oo + B2);
  }

  /** out = 2a. */
  public void dbl(long[] a, int ao, long[] out, int oo) {
    f2.dbl(a, ao, out, oo);
    f2.dbl(a, ao + B1, out, oo + B1);
    f2.dbl(a, ao + B2, out, oo + B2);
  }

  /** out = -a. */
  public void neg(long[] a, int ao, long[] out, int oo) {
    f2.neg(a, ao, out, oo);
    f2.neg(a, ao + B1, out, oo + B1);
    f2.neg(a, ao + B2, out, oo + B2);
  }

  /** out = a · b, Karatsuba over the cubic extension: six Fq2 multiplications. */
  public void mul(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    long[] s = this.s;
    f2.mul(a, ao, b, bo, s, T0);
    f2.mul(a, ao + B1, b, bo + B1, s, T1);
    f2.mul(a, ao + B2, b, bo + B2, s, T2);

    f2.add(a, ao + B1, a, ao + B2, s, U);
    f2.add(b, bo + B1, b, bo + B2, s, V);
    f2.mul(s, U, s, V, s, C0);
    f2.sub(s, C0, s, T1, s, C0);
    f2.sub(s, C0, s, T2, s, C0);
    f2.mulByNonResidue(s, C0, s, C0);
    f2.add(s, C0, s, T0, s, C0);

    f2.add(a, ao, a, ao + B1, s, U);
    f2.add(b, bo, b, bo + B1, s, V);
    f2.mul(s, U, s, V, s, C1);
    f2.sub(s, C1, s, T0, s, C1);
    f2.sub(s, C1, s, T1, s, C1);
    f2.mulByNonResidue(s, T2, s, U);
    f2.add(s, C1, s, U, s, C1);

    f2.add(a, ao, a, ao + B2, s, U);
    f2.add(b, bo, b, bo + B2, s, V);
    f2.mul(s, U, s, V, s, C2);
    f2.sub(s, C2, s, T0, s, C2);
    f2.sub(s, C2, s, T2, s, C2);
    f2.add(s, C2, s, T1, s, C2);

    System.arraycopy(s, C0, out, oo, LIMBS);
  }

  /** out = a², Chung-Hasan SQR2: two squarings and three multiplications in Fq2. */
  public void square(long[] a, int ao, long[] out, int oo) {
    long[] s = this.s;
    f2.square(a, ao, s, T0);
    f2.mul(a, ao, a, ao + B1, s, T1);
    f2.dbl(s, T1, s, T1);
    f2.sub(a, ao, a, ao + B1, s, T2);
    f2.add(s, T2, a, ao + B2, s, T2);
    f2.square(s, T2, s, T2);
    f2.mul(a, ao + B1, a, ao + B2, s, U);
    f2.dbl(s, U, s, U);
    f2.square(a, ao + B2, s, V);

    f2.mulByNonResidue(s, U, s, C0);
    f2.add(s, C0, s, T0, s, C0);
    f2.mulByNonResidue(s, V, s, C1);
    f2.add(s, C1, s, T1, s, C1);
    f2.add(s, T1, s, T2, s, C2);
    f2.add(s, C2, s, U, s, C2);
    f2.sub(s, C2, s, T0, s, C2);
    f2.sub(s, C2, s, V, s, C2);

    System.arraycopy(s, C0, out, oo, LIMBS);
  }

  /** out = a · v = ξ·b2 + b0·v + b1·v². */
  public void mulByV(long[] a, int ao, long[] out, int oo) {
    f2.mulByNonResidue(a, ao + B2, s, T0);
    f2.copy(a, ao + B1, out, oo + B2);
    f2.copy(a, ao, out, oo + B1);
    f2.copy(s, T0, out, oo);
  }

  /** out = a · c for an Fq2 element c at {@code c[co..co+8)}. */
  public void mulByFq2(long[] a, int ao, long[] c, int co, long[] out, int oo) {
    f2.copy(c, co, s, T0);
    f2.mul(a, ao, s, T0, out, oo);
    f2.mul(a, ao + B1, s, T0, out, oo + B1);
    f2.mul(a, ao + B2, s, T0, out, oo + B2);
  }

  /**
   * out = a · (x + y·v) for Fq2 elements x and y: the sparse product that line functions need, five
   * Fq2 multiplications instead of six.
   */
  public void mulBy01(long[] a, int ao, long[] x, int xo, long[] y, int yo, long[] out, int oo) {
    long[] s = this.s;
    f2.copy(x, xo, s, U);
    f2.copy(y, yo, s, V);
    f2.mul(a, ao, s, U, s, T0);
    f2.mul(a, ao + B1, s, V, s, T1);

    f2.add(a, ao + B1, a, ao + B2, s, C0);
    f2.mul(s, C0, s, V, s, C0);
    f2.sub(s, C0, s, T1, s, C0);
    f2.mulByNonResidue(s, C0, s, C0);
    f2.add(s, C0, s, T0, s, C0);

    f2.add(a, ao, a, ao + B1, s, C1);
    f2.add(s, U, s, V, s, T2);
    f2.mul(s, C1, s, T2, s, C1);
    f2.sub(s, C1, s, T0, s, C1);
    f2.sub(s, C1, s, T1, s, C1);

    f2.add(a, ao, a, ao + B2, s, C2);
    f2.mul(s, C2, s, U, s, C2);
    f2.sub(s, C2, s, T0, s, C2);
    f2.add(s, C2, s, T1, s, C2);

    System.arraycopy(s, C0, out, oo, LIMBS);
  }

  /** out = a^-1 through the norm to Fq2; zero maps to zero. */
  public void inverse(long[] a, int ao, long[] out, int oo) {
    long[] s = this.s;
    // c0 = b0² - ξ·b1·b2, c1 = ξ·b2² - b0·b1, c2 = b1² - b0·b2: the adjugate row.
    f2.square(a, ao, s, C0);
    f2.mul(a, ao + B1, a, ao + B2, s, U);
    f2.mulByNonResidue(s, U, s, U);
    f2.sub(s, C0, s, U, s, C0);

    f2.square(a, ao + B2, s, C1);
    f2.mulByNonResidue(s, C1, s, C1);
    f2.mul(a, ao, a, ao + B1, s, U);
    f2.sub(s, C1, s, U, s, C1);

    f2.square(a, ao + B1, s, C2);
    f2.mul(a, ao, a, ao + B2, s, U);
    f2.sub(s, C2, s, U, s, C2);

    // norm = b0·c0 + ξ·(b2·c1 + b1·c2), an Fq2 element.
    f2.mul(a, ao + B2, s, C1, s, T0);
    f2.mul(a, ao + B1, s, C2, s, U);
    f2.add(s, T0, s, U, s, T0);
    f2.mulByNonResidue(s, T0, s, T0);
    f2.mul(a, ao, s, C0, s, U);
    f2.add(s, T0, s, U, s, T0);
    f2.inverse(s, T0, s, T0);

    f2.mul(s, C0, s, T0, out, oo);
    f2.mul(s, C1, s, T0, out, oo + B1);
    f2.mul(s, C2, s, T0, out, oo + B2);
  }

  /** out = a^(q^k): each coefficient of v^i is conjugated k times and scaled by γ(k, 2i). */
  public void frobenius(long[] a, int ao, int k, long[] out, int oo) {
    long[] gamma = FrobeniusCoefficients.GAMMA[Math.floorMod(k, FrobeniusCoefficients.PERIOD)];
    boolean odd = (k & 1) != 0;
    for (int i = 0; i < 3; i++) {
      if (odd) {
        f2.conjugate(a, ao + i * E, out, oo + i * E);
      } else {
        f2.copy(a, ao + i * E, out, oo + i * E);
      }
      if (i > 0) {
        f2.mul(out, oo + i * E, gamma, 2 * i * E, out, oo + i * E);
      }
    }
  }
}
