package io.validium.zk.curve;

import io.validium.core.field.Fr;
import io.validium.zk.field.Fq2;
import io.validium.zk.field.Fq2Arith;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * An immutable point of G2, the order-r subgroup of the sextic twist y² = x³ + 3/(9 + u) over Fq2,
 * held in Jacobian coordinates.
 *
 * <p>Unlike G1, the twist has a large cofactor, so a point on it need not be in G2: untrusted
 * points need both {@link #isOnCurve()} and {@link #isInSubgroup()}. Factories do not check curve
 * membership, because callers such as a verifier must be able to hold an invalid point long enough
 * to reject it with a reason: check {@link #isOnCurve()} before computing with untrusted points.
 * Equality is equality of points, not of coordinates.
 */
public final class G2 {

  /** The point at infinity, the group identity. */
  public static final G2 INFINITY = infinity();

  /** The standard generator, as in EIP-197 and the snarkjs/circom toolchain. */
  public static final G2 GENERATOR =
      fromAffine(
          Fq2.of(
              new BigInteger(
                  "10857046999023057135944570762232829481370756359578518086990519993285655852781"),
              new BigInteger(
                  "11559732032986387107991004021392285783925812861821192530917403151452391805634")),
          Fq2.of(
              new BigInteger(
                  "8495653923123431417604973247489272438418190587263600148770280649306958101930"),
              new BigInteger(
                  "4082367875863433681332203403145435568316851327593401208105741076214120093531")));

  /** Jacobian limbs X, Y, Z; never exposed or mutated. */
  final long[] m;

  G2(long[] m) {
    this.m = m;
  }

  private static G2 infinity() {
    long[] m = new long[G2Arith.POINT_LIMBS];
    new G2Arith().setInfinity(m, 0);
    return new G2(m);
  }

  /** The affine point (x, y), which may or may not lie on the curve. */
  public static G2 fromAffine(Fq2 x, Fq2 y) {
    return fromJacobian(x, y, Fq2.ONE);
  }

  /** The point (X/Z², Y/Z³), or infinity if Z = 0; it may or may not lie on the curve. */
  public static G2 fromJacobian(Fq2 x, Fq2 y, Fq2 z) {
    long[] m = new long[G2Arith.POINT_LIMBS];
    Fq2Arith.load(x, m, 0);
    Fq2Arith.load(y, m, Fq2Arith.LIMBS);
    Fq2Arith.load(z, m, 2 * Fq2Arith.LIMBS);
    return new G2(m);
  }

  /** this + other. */
  public G2 add(G2 other) {
    long[] out = new long[G2Arith.POINT_LIMBS];
    new G2Arith().add(m, 0, other.m, 0, out, 0);
    return new G2(out);
  }

  /** this - other. */
  public G2 subtract(G2 other) {
    return add(other.negate());
  }

  /** 2·this. */
  public G2 doubled() {
    long[] out = new long[G2Arith.POINT_LIMBS];
    new G2Arith().dbl(m, 0, out, 0);
    return new G2(out);
  }

  /** -this. */
  public G2 negate() {
    long[] out = new long[G2Arith.POINT_LIMBS];
    new G2Arith().neg(m, 0, out, 0);
    return new G2(out);
  }

  /** [k]this; variable-time, for public scalars. */
  public G2 multiply(Fr k) {
    return multiply(k.toBigInteger());
  }

  /** [k]this for any integer k, negative included; variable-time, for public scalars. */
  public G2 multiply(BigInteger k) {
    long[] out = new long[G2Arith.POINT_LIMBS];
    new G2Arith().scalarMul(m, 0, k, out, 0);
    return new G2(out);
  }

  /** The same point with Z = 1, or {@link #INFINITY}. */
  public G2 toAffine() {
    long[] affine = new long[G2Arith.AFFINE_LIMBS];
    G2Arith arith = new G2Arith();
    if (!arith.toAffine(m, 0, affine, 0)) {
      return INFINITY;
    }
    long[] out = new long[G2Arith.POINT_LIMBS];
    arith.fromAffine(affine, 0, out, 0);
    return new G2(out);
  }

  /** Whether this is the point at infinity. */
  public boolean isInfinity() {
    return new G2Arith().isInfinity(m, 0);
  }

  /** Whether the point satisfies the twist's equation (infinity does). */
  public boolean isOnCurve() {
    return new G2Arith().isOnCurve(m, 0);
  }

  /** Whether the point is on the twist and in the order-r subgroup. */
  public boolean isInSubgroup() {
    return new G2Arith().isInSubgroup(m, 0);
  }

  /** ψ(this), the untwist-Frobenius-twist endomorphism; on G2 it is multiplication by q. */
  public G2 psi() {
    long[] out = new long[G2Arith.POINT_LIMBS];
    new G2Arith().psi(m, 0, out, 0);
    return new G2(out);
  }

  /** The affine x; throws IllegalStateException at infinity. */
  public Fq2 x() {
    return Fq2Arith.toFq2(affineLimbs(), 0);
  }

  /** The affine y; throws IllegalStateException at infinity. */
  public Fq2 y() {
    return Fq2Arith.toFq2(affineLimbs(), Fq2Arith.LIMBS);
  }

  private long[] affineLimbs() {
    long[] affine = new long[G2Arith.AFFINE_LIMBS];
    if (!new G2Arith().toAffine(m, 0, affine, 0)) {
      throw new IllegalStateException("the point at infinity has no affine coordinates");
    }
    return affine;
  }

  /** The Jacobian X as held. */
  public Fq2 jacobianX() {
    return Fq2Arith.toFq2(m, 0);
  }

  /** The Jacobian Y as held. */
  public Fq2 jacobianY() {
    return Fq2Arith.toFq2(m, Fq2Arith.LIMBS);
  }

  /** The Jacobian Z as held; zero at infinity. */
  public Fq2 jacobianZ() {
    return Fq2Arith.toFq2(m, 2 * Fq2Arith.LIMBS);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof G2 && new G2Arith().equal(m, 0, ((G2) o).m, 0);
  }

  @Override
  public int hashCode() {
    // Hash the affine form: equal points may hold different Jacobian coordinates.
    return isInfinity() ? 0 : Arrays.hashCode(affineLimbs());
  }

  /** "(x, y)" in affine decimal, or "infinity". */
  @Override
  public String toString() {
    return isInfinity() ? "infinity" : "(" + x() + ", " + y() + ")";
  }
}
