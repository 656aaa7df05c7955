package io.validium.zk.field;

/**
 * In-place arithmetic on Fq2 = Fq[u]/(u² + 1), an element {@code c0 + c1·u} being eight Montgomery
 * limbs at {@code [off, off+8)}: c0 first, then c1.
 *
 * <p>An instance owns the scratch space its multiplications need, so it is not thread-safe: give
 * each thread (or each pairing or MSM) its own. Outputs may alias inputs; the static helpers move
 * elements in and out of the immutable {@link Fq2}.
 */
public final class Fq2Arith {

  /** Number of 64-bit limbs in one element. */
  public static final int LIMBS = 8;

  private static final int C1 = FqArith.LIMBS;

  private final long[] t = new long[16];

  /** Writes the limbs of {@code x} to {@code out[off..off+8)}. */
  public static void load(Fq2 x, long[] out, int off) {
    System.arraycopy(x.m, 0, out, off, LIMBS);
  }

  /** Wraps the limbs at {@code m[off..off+8)} as an {@link Fq2} (copying them). */
  public static Fq2 toFq2(long[] m, int off) {
    long[] copy = new long[LIMBS];
    System.arraycopy(m, off, copy, 0, LIMBS);
    return new Fq2(copy);
  }

  /** Copies one element. */
  public void copy(long[] a, int ao, long[] out, int oo) {
    System.arraycopy(a, ao, out, oo, LIMBS);
  }

  /** Sets the element to zero. */
  public void zero(long[] out, int oo) {
    FqArith.zero(out, oo);
    FqArith.zero(out, oo + C1);
  }

  /** Sets the element to one. */
  public void one(long[] out, int oo) {
    FqArith.one(out, oo);
    FqArith.zero(out, oo + C1);
  }

  /** Whether the element is zero. */
  public boolean isZero(long[] a, int ao) {
    return FqArith.isZero(a, ao) && FqArith.isZero(a, ao + C1);
  }

  /** Whether the element is one. */
  public boolean isOne(long[] a, int ao) {
    return FqArith.isOne(a, ao) && FqArith.isZero(a, ao + C1);
  }

  /** Whether two elements are equal. */
  public boolean equal(long[] a, int ao, long[] b, int bo) {
    return FqArith.equal(a, ao, b, bo) && FqArith.equal(a, ao + C1, b, bo + C1);
  }

  /** out = a + b. */
  public void add(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    FqArith.add(a, ao, b, bo, out, oo);
    FqArith.add(a, ao + C1, b, bo + C1, out, oo + C1);
  }

  /** out = a - b. */
  public void sub(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    FqArith.sub(a, ao, b, bo, out, oo);
    FqArith.sub(a, ao + C1, b, bo + C1, out, oo + C1);
  }

  /** out = 2a. */
  public void dbl(long[] a, int ao, long[] out, int oo) {
    FqArith.dbl(a, ao, out, oo);
    FqArith.dbl(a, ao + C1, out, oo + C1);
  }

  /** out = -a. */
  public void neg(long[] a, int ao, long[] out, int oo) {
    FqArith.neg(a, ao, out, oo);
    FqArith.neg(a, ao + C1, out, oo + C1);
  }

  /** out = conjugate of a = a^q, the Frobenius map of Fq2. */
  public void conjugate(long[] a, int ao, long[] out, int oo) {
    FqArith.copy(a, ao, out, oo);
    FqArith.neg(a, ao + C1, out, oo + C1);
  }

  /** out = a · b, Karatsuba: three base-field multiplications. */
  public void mul(long[] a, int ao, long[] b, int bo, long[] out, int oo) {
    long[] t = this.t;
    FqArith.mul(a, ao, b, bo, t, 0);
    FqArith.mul(a, ao + C1, b, bo + C1, t, 4);
    FqArith.add(a, ao, a, ao + C1, t, 8);
    FqArith.add(b, bo, b, bo + C1, t, 12);
    FqArith.mul(t, 8, t, 12, t, 8);
    FqArith.sub(t, 8, t, 0, t, 8);
    FqArith.sub(t, 8, t, 4, out, oo + C1);
    FqArith.sub(t, 0, t, 4, out, oo);
  }

  /** out = a², as (c0 + c1)(c0 - c1) + 2·c0·c1·u: two base-field multiplications. */
  public void square(long[] a, int ao, long[] out, int oo) {
    long[] t = this.t;
    FqArith.add(a, ao, a, ao + C1, t, 0);
    FqArith.sub(a, ao, a, ao + C1, t, 4);
    FqArith.mul(a, ao, a, ao + C1, t, 8);
    FqArith.mul(t, 0, t, 4, out, oo);
    FqArith.dbl(t, 8, out, oo + C1);
  }

  /** out = a · s for a base-field element s at {@code s[so..so+4)}. */
  public void mulByFq(long[] a, int ao, long[] s, int so, long[] out, int oo) {
    long[] t = this.t;
    FqArith.copy(s, so, t, 0);
    FqArith.mul(a, ao, t, 0, out, oo);
    FqArith.mul(a, ao + C1, t, 0, out, oo + C1);
  }

  /** out = a · ξ with ξ = 9 + u, the non-residue that defines Fq6: (9c0 - c1) + (c0 + 9c1)·u. */
  public void mulByNonResidue(long[] a, int ao, long[] out, int oo) {
    long[] t = this.t;
    times9(a, ao, t, 0);
    times9(a, ao + C1, t, 4);
    FqArith.sub(t, 0, a, ao + C1, t, 0);
    FqArith.add(t, 4, a, ao, out, oo + C1);
    FqArith.copy(t, 0, out, oo);
  }

  private static void times9(long[] a, int ao, long[] out, int oo) {
    FqArith.dbl(a, ao, out, oo);
    FqArith.dbl(out, oo, out, oo);
    FqArith.dbl(out, oo, out, oo);
    FqArith.add(out, oo, a, ao, out, oo);
  }

  /** out = a^-1 = conj(a)/(c0² + c1²); zero maps to zero. */
  public void inverse(long[] a, int ao, long[] out, int oo) {
    long[] t = this.t;
    FqArith.square(a, ao, t, 0);
    FqArith.square(a, ao + C1, t, 4);
    FqArith.add(t, 0, t, 4, t, 0);
    FqArith.inverse(t, 0, t, 0);
    FqArith.mul(a, ao, t, 0, out, oo);
    FqArith.mul(a, ao + C1, t, 0, t, 4);
    FqArith.neg(t, 4, out, oo + C1);
  }
}
