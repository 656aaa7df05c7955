package io.validium.zk.curve;

import io.validium.core.field.Fr;
import io.validium.zk.field.Fq;
import io.validium.zk.field.FqArith;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * An immutable point of G1, the BN254 curve y² = x³ + 3 over Fq, held in Jacobian coordinates.
 *
 * <p>The curve has prime order r (cofactor 1), so every point on it is in the subgroup. Factories
 * do not check curve membership, because callers such as a verifier must be able to hold an invalid
 * point long enough to reject it with a reason: check {@link #isOnCurve()} before computing with
 * untrusted points. Equality is equality of points, not of coordinates.
 */
public final class G1 {

  /** The point at infinity, the group identity. */
  public static final G1 INFINITY = infinity();

  /** The standard generator (1, 2). */
  public static final G1 GENERATOR = fromAffine(Fq.ONE, Fq.of(2));

  /** Jacobian limbs X, Y, Z; never exposed or mutated. */
  final long[] m;

  G1(long[] m) {
    this.m = m;
  }

  private static G1 infinity() {
    long[] m = new long[G1Arith.POINT_LIMBS];
    new G1Arith().setInfinity(m, 0);
    return new G1(m);
  }

  /** The affine point (x, y), which may or may not lie on the curve. */
  public static G1 fromAffine(Fq x, Fq y) {
    return fromJacobian(x, y, Fq.ONE);
  }

  /** The point (X/Z², Y/Z³), or infinity if Z = 0; it may or may not lie on the curve. */
  public static G1 fromJacobian(Fq x, Fq y, Fq z) {
    long[] m = new long[G1Arith.POINT_LIMBS];
    FqArith.load(x, m, 0);
    FqArith.load(y, m, FqArith.LIMBS);
    FqArith.load(z, m, 2 * FqArith.LIMBS);
    return new G1(m);
  }

  /** this + other. */
  public G1 add(G1 other) {
    long[] out = new long[G1Arith.POINT_LIMBS];
    new G1Arith().add(m, 0, other.m, 0, out, 0);
    return new G1(out);
  }

  /** this - other. */
  public G1 subtract(G1 other) {
    return add(other.negate());
  }

  /** 2·this. */
  public G1 doubled() {
    long[] out = new long[G1Arith.POINT_LIMBS];
    new G1Arith().dbl(m, 0, out, 0);
    return new G1(out);
  }

  /** -this. */
  public G1 negate() {
    long[] out = new long[G1Arith.POINT_LIMBS];
    new G1Arith().neg(m, 0, out, 0);
    return new G1(out);
  }

  /** [k]this; variable-time, for public scalars. */
  public G1 multiply(Fr k) {
    return multiply(k.toBigInteger());
  }

  /** [k]this for any integer k, negative included; variable-time, for public scalars. */
  public G1 multiply(BigInteger k) {
    long[] out = new long[G1Arith.POINT_LIMBS];
    new G1Arith().scalarMul(m, 0, k, out, 0);
    return new G1(out);
  }

  /**
   * Σ [k_i]p_i for equally long lists, faster than adding the products (one shared doubling chain);
   * variable-time, for public scalars.
   */
  public static G1 linearCombination(List<G1> points, List<BigInteger> scalars) {
    if (points.size() != scalars.size()) {
      throw new IllegalArgumentException(
          points.size() + " points but " + scalars.size() + " scalars");
    }
    long[][] limbs = new long[points.size()][];
    for (int i = 0; i < limbs.length; i++) {
      limbs[i] = points.get(i).m;
    }
    long[] out = new long[G1Arith.POINT_LIMBS];
    new G1Arith().linearCombination(limbs, scalars.toArray(new BigInteger[0]), out, 0);
    return new G1(out);
  }

  /** The same point with Z = 1, or {@link #INFINITY}. */
  public G1 toAffine() {
    long[] affine = new long[G1Arith.AFFINE_LIMBS];
    G1Arith arith = new G1Arith();
    if (!arith.toAffine(m, 0, affine, 0)) {
      return INFINITY;
    }
    long[] out = new long[G1Arith.POINT_LIMBS];
    arith.fromAffine(affine, 0, out, 0);
    return new G1(out);
  }

  /** Whether this is the point at infinity. */
  public boolean isInfinity() {
    return new G1Arith().isInfinity(m, 0);
  }

  /** Whether the point satisfies the curve equation (infinity does). */
  public boolean isOnCurve() {
    return new G1Arith().isOnCurve(m, 0);
  }

  /** Whether the point is in the order-r group: for G1 (cofactor 1), whether it is on the curve. */
  public boolean isInSubgroup() {
    return isOnCurve();
  }

  /** The affine x; throws IllegalStateException at infinity. */
  public Fq x() {
    return FqArith.toFq(affineLimbs(), 0);
  }

  /** The affine y; throws IllegalStateException at infinity. */
  public Fq y() {
    return FqArith.toFq(affineLimbs(), FqArith.LIMBS);
  }

  private long[] affineLimbs() {
    long[] affine = new long[G1Arith.AFFINE_LIMBS];
    if (!new G1Arith().toAffine(m, 0, affine, 0)) {
      throw new IllegalStateException("the point at infinity has no affine coordinates");
    }
    return affine;
  }

  /** The Jacobian X as held. */
  public Fq jacobianX() {
    return FqArith.toFq(m, 0);
  }

  /** The Jacobian Y as held. */
  public Fq jacobianY() {
    return FqArith.toFq(m, FqArith.LIMBS);
  }

  /** The Jacobian Z as held; zero at infinity. */
  public Fq jacobianZ() {
    return FqArith.toFq(m, 2 * FqArith.LIMBS);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof G1 && new G1Arith().equal(m, 0, ((G1) o).m, 0);
  }

  @Override
  public int hashCode() {
    return isInfinity() ? 0 : Objects.hash(x(), y());
  }

  /** "(x, y)" in affine decimal, or "infinity". */
  @Override
  public String toString() {
    return isInfinity() ? "infinity" : "(" + x() + ", " + y() + ")";
  }
}
