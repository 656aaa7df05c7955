package io.validium.zk.msm;

/**
 * The field and point operations the bucket method needs, over G1's Fq or G2's Fq2, so that one
 * implementation of the algorithm serves both groups.
 *
 * <p>Elements are {@link #fieldLimbs()} limbs, affine points x then y, Jacobian points X, Y, Z, all
 * in caller-owned {@code long[]} arrays; outputs may alias inputs. Implementations own scratch
 * space, so each thread needs its own instance. With only two implementations every call site stays
 * at most bimorphic, which the JIT still inlines.
 */
interface CurveOps {

  /** Limbs of one field element. */
  int fieldLimbs();

  /** Limbs of an affine point. */
  default int affineLimbs() {
    return 2 * fieldLimbs();
  }

  /** Limbs of a Jacobian point. */
  default int pointLimbs() {
    return 3 * fieldLimbs();
  }

  /** out = a + b in the field. */
  void add(long[] a, int ao, long[] b, int bo, long[] out, int oo);

  /** out = a - b in the field. */
  void sub(long[] a, int ao, long[] b, int bo, long[] out, int oo);

  /** out = a · b in the field. */
  void mul(long[] a, int ao, long[] b, int bo, long[] out, int oo);

  /** out = a² in the field. */
  void square(long[] a, int ao, long[] out, int oo);

  /** out = -a in the field. */
  void neg(long[] a, int ao, long[] out, int oo);

  /** out = a⁻¹ in the field; zero maps to zero. */
  void inverse(long[] a, int ao, long[] out, int oo);

  /** Whether the field element is zero. */
  boolean isZero(long[] a, int ao);

  /** Sets the Jacobian point to infinity. */
  void setInfinity(long[] out, int oo);

  /** Whether the Jacobian point is at infinity. */
  boolean isInfinity(long[] p, int po);

  /** out = (x, y, 1) for the affine point a. */
  void fromAffine(long[] a, int ao, long[] out, int oo);

  /** out = p + a for Jacobian p and affine a, all special cases included. */
  void addMixed(long[] p, int po, long[] a, int ao, long[] out, int oo);

  /** out = p + q for Jacobian p and q, all special cases included. */
  void addJacobian(long[] p, int po, long[] q, int qo, long[] out, int oo);

  /** out = 2p for Jacobian p. */
  void dbl(long[] p, int po, long[] out, int oo);
}
