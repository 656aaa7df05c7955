package io.validium.zk.curve;

import io.validium.zk.field.FqArith;
import java.math.BigInteger;

/**
 * In-place arithmetic on G1, the curve y² = x³ + 3 over Fq, for hot loops such as MSM.
 *
 * <p>A Jacobian point (X, Y, Z), standing for the affine (X/Z², Y/Z³), is {@link #POINT_LIMBS}
 * limbs: X, Y, Z as {@link FqArith} elements; Z = 0 is the point at infinity. An affine point is
 * {@link #AFFINE_LIMBS} limbs, x then y, and cannot be the point at infinity. The formulas are the
 * a = 0 ones of the Explicit-Formulas Database (dbl-2009-l, add-2007-bl, madd-2007-bl). An instance
 * owns scratch space, so it is not thread-safe; outputs may alias inputs. Nothing here checks that
 * points lie on the curve.
 */
public final class G1Arith {

  /** Limbs of a Jacobian point. */
  public static final int POINT_LIMBS = 3 * FqArith.LIMBS;

  /** Limbs of an affine point. */
  public static final int AFFINE_LIMBS = 2 * FqArith.LIMBS;

  private static final int X = 0;
  private static final int Y = FqArith.LIMBS;
  private static final int Z = 2 * FqArith.LIMBS;

  private static final long[] B = new long[FqArith.LIMBS];

  static {
    FqArith.load(Bn254.B, B, 0);
  }

  private final long[] t = new long[16 * FqArith.LIMBS];

  private static int slot(int i) {
    return i * FqArith.LIMBS;
  }

  /** Writes the Jacobian limbs of {@code p} to {@code out[oo..oo+12)}. */
  public static void load(G1 p, long[] out, int oo) {
    System.arraycopy(p.m, 0, out, oo, POINT_LIMBS);
  }

  /** Wraps the Jacobian limbs at {@code m[off..off+12)} as a {@link G1} (copying them). */
  public static G1 toG1(long[] m, int off) {
    long[] copy = new long[POINT_LIMBS];
    System.arraycopy(m, off, copy, 0, POINT_LIMBS);
    return new G1(copy);
  }

  /** Sets the point to infinity, (1, 1, 0). */
  public void setInfinity(long[] out, int oo) {
    FqArith.one(out, oo + X);
    FqArith.one(out, oo + Y);
    FqArith.zero(out, oo + Z);
  }

  /** Whether the point is at infinity. */
  public boolean isInfinity(long[] p, int po) {
    return FqArith.isZero(p, po + Z);
  }

  /** Copies a Jacobian point. */
  public void copy(long[] p, int po, long[] out, int oo) {
    System.arraycopy(p, po, out, oo, POINT_LIMBS);
  }

  /** out = (x, y, 1) for the affine point a. */
  public void fromAffine(long[] a, int ao, long[] out, int oo) {
    FqArith.copy(a, ao, out, oo + X);
    FqArith.copy(a, ao + FqArith.LIMBS, out, oo + Y);
    FqArith.one(out, oo + Z);
  }

  /** out = -p. */
  public void neg(long[] p, int po, long[] out, int oo) {
    FqArith.copy(p, po + X, out, oo + X);
    FqArith.neg(p, po + Y, out, oo + Y);
    FqArith.copy(p, po + Z, out, oo + Z);
  }

  /** out = 2p. */
  public void dbl(long[] p, int po, long[] out, int oo) {
    long[] t = this.t;
    int a = slot(0), b = slot(1), c = slot(2), d = slot(3), e = slot(4), f = slot(5);
    int x3 = slot(6), y3 = slot(7), z3 = slot(8);
    FqArith.square(p, po + X, t, a);
    FqArith.square(p, po + Y, t, b);
    FqArith.square(t, b, t, c);
    FqArith.add(p, po + X, t, b, t, d);
    FqArith.square(t, d, t, d);
    FqArith.sub(t, d, t, a, t, d);
    FqArith.sub(t, d, t, c, t, d);
    FqArith.dbl(t, d, t, d);
    FqArith.dbl(t, a, t, e);
    FqArith.add(t, e, t, a, t, e);
    FqArith.square(t, e, t, f);
    FqArith.mul(p, po + Y, p, po + Z, t, z3);
    FqArith.dbl(t, z3, t, z3);
    FqArith.sub(t, f, t, d, t, x3);
    FqArith.sub(t, x3, t, d, t, x3);
    FqArith.sub(t, d, t, x3, t, y3);
    FqArith.mul(t, e, t, y3, t, y3);
    FqArith.dbl(t, c, t, c);
    FqArith.dbl(t, c, t, c);
    FqArith.dbl(t, c, t, c);
    FqArith.sub(t, y3, t, c, t, y3);
    System.arraycopy(t, x3, out, oo, POINT_LIMBS);
  }

  /** out = p + q for Jacobian p and q, including the doubling and inverse cases. */
  public void add(long[] p, int po, long[] q, int qo, long[] out, int oo) {
    if (isInfinity(p, po)) {
      copy(q, qo, out, oo);
      return;
    }
    if (isInfinity(q, qo)) {
      copy(p, po, out, oo);
      return;
    }
    // An operand with Z = 1 (from a file, a table or a batch normalisation) is affine: the mixed
    // formula saves four multiplications and a squaring, and gives the same point.
    if (FqArith.isOne(q, qo + Z)) {
      addMixed(p, po, q, qo, out, oo);
      return;
    }
    if (FqArith.isOne(p, po + Z)) {
      addMixed(q, qo, p, po, out, oo);
      return;
    }
    long[] t = this.t;
    int z1z1 = slot(0), z2z2 = slot(1), u1 = slot(2), u2 = slot(3), s1 = slot(4), s2 = slot(5);
    int h = slot(6), r = slot(7), i = slot(8), j = slot(9), v = slot(10);
    int x3 = slot(11), y3 = slot(12), z3 = slot(13);
    FqArith.square(p, po + Z, t, z1z1);
    FqArith.square(q, qo + Z, t, z2z2);
    FqArith.mul(p, po + X, t, z2z2, t, u1);
    FqArith.mul(q, qo + X, t, z1z1, t, u2);
    FqArith.mul(p, po + Y, q, qo + Z, t, s1);
    FqArith.mul(t, s1, t, z2z2, t, s1);
    FqArith.mul(q, qo + Y, p, po + Z, t, s2);
    FqArith.mul(t, s2, t, z1z1, t, s2);
    FqArith.sub(t, u2, t, u1, t, h);
    FqArith.sub(t, s2, t, s1, t, r);
    if (FqArith.isZero(t, h)) {
      if (FqArith.isZero(t, r)) {
        dbl(p, po, out, oo);
      } else {
        setInfinity(out, oo);
      }
      return;
    }
    FqArith.dbl(t, r, t, r);
    FqArith.dbl(t, h, t, i);
    FqArith.square(t, i, t, i);
    FqArith.mul(t, h, t, i, t, j);
    FqArith.mul(t, u1, t, i, t, v);
    FqArith.add(p, po + Z, q, qo + Z, t, z3);
    FqArith.square(t, z3, t, z3);
    FqArith.sub(t, z3, t, z1z1, t, z3);
    FqArith.sub(t, z3, t, z2z2, t, z3);
    FqArith.mul(t, z3, t, h, t, z3);
    finishAddition(t, r, j, v, s1, x3, y3);
    System.arraycopy(t, x3, out, oo, POINT_LIMBS);
  }

  /** out = p + a for Jacobian p and affine a: the cheaper addition MSM buckets use. */
  public void addMixed(long[] p, int po, long[] a, int ao, long[] out, int oo) {
    if (isInfinity(p, po)) {
      fromAffine(a, ao, out, oo);
      return;
    }
    long[] t = this.t;
    int z1z1 = slot(0), u2 = slot(1), s2 = slot(2), h = slot(3), r = slot(4), hh = slot(5);
    int i = slot(6), j = slot(7), v = slot(8), y1 = slot(9);
    int x3 = slot(10), y3 = slot(11), z3 = slot(12);
    FqArith.square(p, po + Z, t, z1z1);
    FqArith.mul(a, ao, t, z1z1, t, u2);
    FqArith.mul(a, ao + FqArith.LIMBS, p, po + Z, t, s2);
    FqArith.mul(t, s2, t, z1z1, t, s2);
    FqArith.sub(t, u2, p, po + X, t, h);
    FqArith.sub(t, s2, p, po + Y, t, r);
    if (FqArith.isZero(t, h)) {
      if (FqArith.isZero(t, r)) {
        dbl(p, po, out, oo);
      } else {
        setInfinity(out, oo);
      }
      return;
    }
    FqArith.dbl(t, r, t, r);
    FqArith.square(t, h, t, hh);
    FqArith.dbl(t, hh, t, i);
    FqArith.dbl(t, i, t, i);
    FqArith.mul(t, h, t, i, t, j);
    FqArith.mul(p, po + X, t, i, t, v);
    FqArith.copy(p, po + Y, t, y1);
    FqArith.add(p, po + Z, t, h, t, z3);
    FqArith.square(t, z3, t, z3);
    FqArith.sub(t, z3, t, z1z1, t, z3);
    FqArith.sub(t, z3, t, hh, t, z3);
    finishAddition(t, r, j, v, y1, x3, y3);
    System.arraycopy(t, x3, out, oo, POINT_LIMBS);
  }

  /** X3 = r² - J - 2V and Y3 = r(V - X3) - 2·S1·J, shared by both additions. */
  private static void finishAddition(long[] t, int r, int j, int v, int s1, int x3, int y3) {
    FqArith.square(t, r, t, x3);
    FqArith.sub(t, x3, t, j, t, x3);
    FqArith.sub(t, x3, t, v, t, x3);
    FqArith.sub(t, x3, t, v, t, x3);
    FqArith.sub(t, v, t, x3, t, y3);
    FqArith.mul(t, y3, t, r, t, y3);
    FqArith.mul(t, s1, t, j, t, s1);
    FqArith.dbl(t, s1, t, s1);
    FqArith.sub(t, y3, t, s1, t, y3);
  }

  /**
   * Writes the affine form of p to {@code out[oo..oo+8)} and returns true, or returns false
   * (writing nothing) if p is at infinity. Costs one field inversion unless Z = 1.
   */
  public boolean toAffine(long[] p, int po, long[] out, int oo) {
    if (isInfinity(p, po)) {
      return false;
    }
    if (FqArith.isOne(p, po + Z)) {
      // Points read from files and proofs are affine already: skip the inversion.
      FqArith.copy(p, po + X, out, oo);
      FqArith.copy(p, po + Y, out, oo + FqArith.LIMBS);
      return true;
    }
    long[] t = this.t;
    int zInv = slot(0), zInv2 = slot(1);
    FqArith.inverse(p, po + Z, t, zInv);
    FqArith.square(t, zInv, t, zInv2);
    FqArith.mul(t, zInv, t, zInv2, t, zInv);
    FqArith.mul(p, po + X, t, zInv2, out, oo);
    FqArith.mul(p, po + Y, t, zInv, out, oo + FqArith.LIMBS);
    return true;
  }

  /** Whether Y² = X³ + 3Z⁶; the point at infinity counts as on the curve. */
  public boolean isOnCurve(long[] p, int po) {
    if (isInfinity(p, po)) {
      return true;
    }
    long[] t = this.t;
    int lhs = slot(0), rhs = slot(1), z = slot(2);
    FqArith.square(p, po + Y, t, lhs);
    FqArith.square(p, po + X, t, rhs);
    FqArith.mul(t, rhs, p, po + X, t, rhs);
    FqArith.square(p, po + Z, t, z);
    FqArith.mul(t, z, p, po + Z, t, z);
    FqArith.square(t, z, t, z);
    FqArith.mul(t, z, B, 0, t, z);
    FqArith.add(t, rhs, t, z, t, rhs);
    return FqArith.equal(t, lhs, t, rhs);
  }

  /** Whether p and q are the same point, whatever their Z. */
  public boolean equal(long[] p, int po, long[] q, int qo) {
    boolean pInf = isInfinity(p, po);
    boolean qInf = isInfinity(q, qo);
    if (pInf || qInf) {
      return pInf == qInf;
    }
    long[] t = this.t;
    int z1z1 = slot(0), z2z2 = slot(1), a = slot(2), b = slot(3);
    FqArith.square(p, po + Z, t, z1z1);
    FqArith.square(q, qo + Z, t, z2z2);
    FqArith.mul(p, po + X, t, z2z2, t, a);
    FqArith.mul(q, qo + X, t, z1z1, t, b);
    if (!FqArith.equal(t, a, t, b)) {
      return false;
    }
    FqArith.mul(t, z1z1, p, po + Z, t, z1z1);
    FqArith.mul(t, z2z2, q, qo + Z, t, z2z2);
    FqArith.mul(p, po + Y, t, z2z2, t, a);
    FqArith.mul(q, qo + Y, t, z1z1, t, b);
    return FqArith.equal(t, a, t, b);
  }

  /**
   * out = [k]p for any integer k (not reduced mod r, so it also works off the subgroup): NAF
   * double-and-add with mixed additions. Its running time depends on k, so it is for public scalars
   * only.
   */
  public void scalarMul(long[] p, int po, BigInteger k, long[] out, int oo) {
    long[] base = new long[AFFINE_LIMBS];
    if (k.signum() == 0 || !toAffine(p, po, base, 0)) {
      setInfinity(out, oo);
      return;
    }
    long[] negBase = base.clone();
    FqArith.neg(base, FqArith.LIMBS, negBase, FqArith.LIMBS);
    byte[] naf = Naf.of(k);
    long[] acc = new long[POINT_LIMBS];
    setInfinity(acc, 0);
    for (int i = naf.length - 1; i >= 0; i--) {
      dbl(acc, 0, acc, 0);
      if (naf[i] > 0) {
        addMixed(acc, 0, base, 0, acc, 0);
      } else if (naf[i] < 0) {
        addMixed(acc, 0, negBase, 0, acc, 0);
      }
    }
    copy(acc, 0, out, oo);
  }

  /**
   * out = Σ [k_i]p_i by Straus's method: one doubling chain shared by every term, each adding its
   * NAF digits, so n terms cost one scalar multiplication's doublings. For the few terms of a
   * verifier's public-input combination; large sums want a bucket method instead. Variable-time.
   */
  public void linearCombination(long[][] points, BigInteger[] scalars, long[] out, int oo) {
    int n = points.length;
    long[][] plus = new long[n][];
    long[][] minus = new long[n][];
    byte[][] digits = new byte[n][];
    int length = 0;
    for (int i = 0; i < n; i++) {
      long[] affine = new long[AFFINE_LIMBS];
      if (scalars[i].signum() == 0 || !toAffine(points[i], 0, affine, 0)) {
        digits[i] = new byte[0];
        continue;
      }
      plus[i] = affine;
      minus[i] = affine.clone();
      FqArith.neg(affine, FqArith.LIMBS, minus[i], FqArith.LIMBS);
      digits[i] = Naf.of(scalars[i]);
      length = Math.max(length, digits[i].length);
    }
    long[] acc = new long[POINT_LIMBS];
    setInfinity(acc, 0);
    for (int bit = length - 1; bit >= 0; bit--) {
      dbl(acc, 0, acc, 0);
      for (int i = 0; i < n; i++) {
        if (bit < digits[i].length && digits[i][bit] != 0) {
          addMixed(acc, 0, digits[i][bit] > 0 ? plus[i] : minus[i], 0, acc, 0);
        }
      }
    }
    copy(acc, 0, out, oo);
  }
}
