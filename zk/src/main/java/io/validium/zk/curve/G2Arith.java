package io.validium.zk.curve;

import io.validium.zk.field.Fq2Arith;
import io.validium.zk.field.FrobeniusCoefficients;
import java.math.BigInteger;

/**
 * In-place arithmetic on G2, points of the sextic twist y² = x³ + 3/ξ over Fq2 (ξ = 9 + u).
 *
 * <p>A Jacobian point (X, Y, Z), standing for the affine (X/Z², Y/Z³), is {@link #POINT_LIMBS}
 * limbs: X, Y, Z as {@link Fq2Arith} elements; Z = 0 is the point at infinity. An affine point is
 * {@link #AFFINE_LIMBS} limbs, x then y, and cannot be the point at infinity. The formulas are the
 * a = 0 ones of the Explicit-Formulas Database (dbl-2009-l, add-2007-bl, madd-2007-bl). An instance
 * owns scratch space, so it is not thread-safe; outputs may alias inputs. Nothing here checks that
 * points lie on the curve.
 */
public final class G2Arith {

  /** Limbs of a Jacobian point. */
  public static final int POINT_LIMBS = 3 * Fq2Arith.LIMBS;

  /** Limbs of an affine point. */
  public static final int AFFINE_LIMBS = 2 * Fq2Arith.LIMBS;

  private static final int X = 0;
  private static final int Y = Fq2Arith.LIMBS;
  private static final int Z = 2 * Fq2Arith.LIMBS;

  private static final long[] B = new long[Fq2Arith.LIMBS];

  /** Constants of ψ, the untwist-Frobenius-twist endomorphism: γ(1, 2) for x, γ(1, 3) for y. */
  private static final long[] PSI_X = new long[Fq2Arith.LIMBS];

  private static final long[] PSI_Y = new long[Fq2Arith.LIMBS];

  static {
    Fq2Arith.load(Bn254.TWIST_B, B, 0);
    FrobeniusCoefficients.gamma(1, 2, PSI_X, 0);
    FrobeniusCoefficients.gamma(1, 3, PSI_Y, 0);
  }

  private final Fq2Arith f2 = new Fq2Arith();
  private final long[] t = new long[16 * Fq2Arith.LIMBS];

  private static int slot(int i) {
    return i * Fq2Arith.LIMBS;
  }

  /** Writes the Jacobian limbs of {@code p} to {@code out[oo..oo+24)}. */
  public static void load(G2 p, long[] out, int oo) {
    System.arraycopy(p.m, 0, out, oo, POINT_LIMBS);
  }

  /** Wraps the Jacobian limbs at {@code m[off..off+24)} as a {@link G2} (copying them). */
  public static G2 toG2(long[] m, int off) {
    long[] copy = new long[POINT_LIMBS];
    System.arraycopy(m, off, copy, 0, POINT_LIMBS);
    return new G2(copy);
  }

  /** Sets the point to infinity, (1, 1, 0). */
  public void setInfinity(long[] out, int oo) {
    f2.one(out, oo + X);
    f2.one(out, oo + Y);
    f2.zero(out, oo + Z);
  }

  /** Whether the point is at infinity. */
  public boolean isInfinity(long[] p, int po) {
    return f2.isZero(p, po + Z);
  }

  /** Copies a Jacobian point. */
  public void copy(long[] p, int po, long[] out, int oo) {
    System.arraycopy(p, po, out, oo, POINT_LIMBS);
  }

  /** out = (x, y, 1) for the affine point a. */
  public void fromAffine(long[] a, int ao, long[] out, int oo) {
    f2.copy(a, ao, out, oo + X);
    f2.copy(a, ao + Fq2Arith.LIMBS, out, oo + Y);
    f2.one(out, oo + Z);
  }

  /** out = -p. */
  public void neg(long[] p, int po, long[] out, int oo) {
    f2.copy(p, po + X, out, oo + X);
    f2.neg(p, po + Y, out, oo + Y);
    f2.copy(p, po + Z, out, oo + Z);
  }

  /** out = 2p. */
  public void dbl(long[] p, int po, long[] out, int oo) {
    long[] t = this.t;
    int a = slot(0), b = slot(1), c = slot(2), d = slot(3), e = slot(4), f = slot(5);
    int x3 = slot(6), y3 = slot(7), z3 = slot(8);
    f2.square(p, po + X, t, a);
    f2.square(p, po + Y, t, b);
    f2.square(t, b, t, c);
    f2.add(p, po + X, t, b, t, d);
    f2.square(t, d, t, d);
    f2.sub(t, d, t, a, t, d);
    f2.sub(t, d, t, c, t, d);
    f2.dbl(t, d, t, d);
    f2.dbl(t, a, t, e);
    f2.add(t, e, t, a, t, e);
    f2.square(t, e, t, f);
    f2.mul(p, po + Y, p, po + Z, t, z3);
    f2.dbl(t, z3, t, z3);
    f2.sub(t, f, t, d, t, x3);
    f2.sub(t, x3, t, d, t, x3);
    f2.sub(t, d, t, x3, t, y3);
    f2.mul(t, e, t, y3, t, y3);
    f2.dbl(t, c, t, c);
    f2.dbl(t, c, t, c);
    f2.dbl(t, c, t, c);
    f2.sub(t, y3, t, c, t, y3);
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
    // An operand with Z = 1 is affine: the mixed formula is cheaper and gives the same point.
    if (f2.isOne(q, qo + Z)) {
      addMixed(p, po, q, qo, out, oo);
      return;
    }
    if (f2.isOne(p, po + Z)) {
      addMixed(q, qo, p, po, out, oo);
      return;
    }
    long[] t = this.t;
    int z1z1 = slot(0), z2z2 = slot(1), u1 = slot(2), u2 = slot(3), s1 = slot(4), s2 = slot(5);
    int h = slot(6), r = slot(7), i = slot(8), j = slot(9), v = slot(10);
    int x3 = slot(11), y3 = slot(12), z3 = slot(13);
    f2.square(p, po + Z, t, z1z1);
    f2.square(q, qo + Z, t, z2z2);
    f2.mul(p, po + X, t, z2z2, t, u1);
    f2.mul(q, qo + X, t, z1z1, t, u2);
    f2.mul(p, po + Y, q, qo + Z, t, s1);
    f2.mul(t, s1, t, z2z2, t, s1);
    f2.mul(q, qo + Y, p, po + Z, t, s2);
    f2.mul(t, s2, t, z1z1, t, s2);
    f2.sub(t, u2, t, u1, t, h);
    f2.sub(t, s2, t, s1, t, r);
    if (f2.isZero(t, h)) {
      if (f2.isZero(t, r)) {
        dbl(p, po, out, oo);
      } else {
        setInfinity(out, oo);
      }
      return;
    }
    f2.dbl(t, r, t, r);
    f2.dbl(t, h, t, i);
    f2.square(t, i, t, i);
    f2.mul(t, h, t, i, t, j);
    f2.mul(t, u1, t, i, t, v);
    f2.add(p, po + Z, q, qo + Z, t, z3);
    f2.square(t, z3, t, z3);
    f2.sub(t, z3, t, z1z1, t, z3);
    f2.sub(t, z3, t, z2z2, t, z3);
    f2.mul(t, z3, t, h, t, z3);
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
    f2.square(p, po + Z, t, z1z1);
    f2.mul(a, ao, t, z1z1, t, u2);
    f2.mul(a, ao + Fq2Arith.LIMBS, p, po + Z, t, s2);
    f2.mul(t, s2, t, z1z1, t, s2);
    f2.sub(t, u2, p, po + X, t, h);
    f2.sub(t, s2, p, po + Y, t, r);
    if (f2.isZero(t, h)) {
      if (f2.isZero(t, r)) {
        dbl(p, po, out, oo);
      } else {
        setInfinity(out, oo);
      }
      return;
    }
    f2.dbl(t, r, t, r);
    f2.square(t, h, t, hh);
    f2.dbl(t, hh, t, i);
    f2.dbl(t, i, t, i);
    f2.mul(t, h, t, i, t, j);
    f2.mul(p, po + X, t, i, t, v);
    f2.copy(p, po + Y, t, y1);
    f2.add(p, po + Z, t, h, t, z3);
    f2.square(t, z3, t, z3);
    f2.sub(t, z3, t, z1z1, t, z3);
    f2.sub(t, z3, t, hh, t, z3);
    finishAddition(t, r, j, v, y1, x3, y3);
    System.arraycopy(t, x3, out, oo, POINT_LIMBS);
  }

  /** X3 = r² - J - 2V and Y3 = r(V - X3) - 2·S1·J, shared by both additions. */
  private void finishAddition(long[] t, int r, int j, int v, int s1, int x3, int y3) {
    f2.square(t, r, t, x3);
    f2.sub(t, x3, t, j, t, x3);
    f2.sub(t, x3, t, v, t, x3);
    f2.sub(t, x3, t, v, t, x3);
    f2.sub(t, v, t, x3, t, y3);
    f2.mul(t, y3, t, r, t, y3);
    f2.mul(t, s1, t, j, t, s1);
    f2.dbl(t, s1, t, s1);
    f2.sub(t, y3, t, s1, t, y3);
  }

  /**
   * Writes the affine form of p to {@code out[oo..oo+16)} and returns true, or returns false
   * (writing nothing) if p is at infinity. Costs one field inversion unless Z = 1.
   */
  public boolean toAffine(long[] p, int po, long[] out, int oo) {
    if (isInfinity(p, po)) {
      return false;
    }
    if (f2.isOne(p, po + Z)) {
      // Points read from files and proofs are affine already: skip the inversion.
      f2.copy(p, po + X, out, oo);
      f2.copy(p, po + Y, out, oo + Fq2Arith.LIMBS);
      return true;
    }
    long[] t = this.t;
    int zInv = slot(0), zInv2 = slot(1);
    f2.inverse(p, po + Z, t, zInv);
    f2.square(t, zInv, t, zInv2);
    f2.mul(t, zInv, t, zInv2, t, zInv);
    f2.mul(p, po + X, t, zInv2, out, oo);
    f2.mul(p, po + Y, t, zInv, out, oo + Fq2Arith.LIMBS);
    return true;
  }

  /** Whether Y² = X³ + b'Z⁶; the point at infinity counts as on the curve. */
  public boolean isOnCurve(long[] p, int po) {
    if (isInfinity(p, po)) {
      return true;
    }
    long[] t = this.t;
    int lhs = slot(0), rhs = slot(1), z = slot(2);
    f2.square(p, po + Y, t, lhs);
    f2.square(p, po + X, t, rhs);
    f2.mul(t, rhs, p, po + X, t, rhs);
    f2.square(p, po + Z, t, z);
    f2.mul(t, z, p, po + Z, t, z);
    f2.square(t, z, t, z);
    f2.mul(t, z, B, 0, t, z);
    f2.add(t, rhs, t, z, t, rhs);
    return f2.equal(t, lhs, t, rhs);
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
    f2.square(p, po + Z, t, z1z1);
    f2.square(q, qo + Z, t, z2z2);
    f2.mul(p, po + X, t, z2z2, t, a);
    f2.mul(q, qo + X, t, z1z1, t, b);
    if (!f2.equal(t, a, t, b)) {
      return false;
    }
    f2.mul(t, z1z1, p, po + Z, t, z1z1);
    f2.mul(t, z2z2, q, qo + Z, t, z2z2);
    f2.mul(p, po + Y, t, z2z2, t, a);
    f2.mul(q, qo + Y, t, z1z1, t, b);
    return f2.equal(t, a, t, b);
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
    f2.neg(base, Fq2Arith.LIMBS, negBase, Fq2Arith.LIMBS);
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
   * out = ψ(p) = (conj(X)·γ(1, 2), conj(Y)·γ(1, 3), conj(Z)): untwist to E(Fq12), apply the q-power
   * Frobenius, twist back. On G2 it acts as multiplication by q (mod r).
   */
  public void psi(long[] p, int po, long[] out, int oo) {
    f2.conjugate(p, po + X, out, oo + X);
    f2.mul(out, oo + X, PSI_X, 0, out, oo + X);
    f2.conjugate(p, po + Y, out, oo + Y);
    f2.mul(out, oo + Y, PSI_Y, 0, out, oo + Y);
    f2.conjugate(p, po + Z, out, oo + Z);
  }

  /**
   * Whether p is on the twist and in the order-r subgroup G2, which is a small part of the twist's
   * points (the cofactor is about q).
   *
   * <p>Instead of testing [r]p = 0 (a 254-bit multiplication) this tests [u+1]p + ψ([u]p) +
   * ψ²([u]p) = ψ³([2u]p), El Housni, Guillevic and Piellard, ePrint 2022/348, which needs one
   * 63-bit multiplication: the two are equivalent on BN254's twist.
   */
  public boolean isInSubgroup(long[] p, int po) {
    if (!isOnCurve(p, po)) {
      return false;
    }
    long[] up = new long[POINT_LIMBS];
    long[] lhs = new long[POINT_LIMBS];
    long[] image = new long[POINT_LIMBS];
    long[] rhs = new long[POINT_LIMBS];
    scalarMul(p, po, Bn254.SEED, up, 0);
    add(up, 0, p, po, lhs, 0);
    psi(up, 0, image, 0);
    add(lhs, 0, image, 0, lhs, 0);
    psi(image, 0, image, 0);
    add(lhs, 0, image, 0, lhs, 0);
    dbl(up, 0, rhs, 0);
    psi(rhs, 0, rhs, 0);
    psi(rhs, 0, rhs, 0);
    psi(rhs, 0, rhs, 0);
    return equal(lhs, 0, rhs, 0);
  }
}
