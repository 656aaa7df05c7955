package io.validium.core.crypto;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.util.Objects;

/** An immutable affine point on Baby Jubjub; construction guarantees it is on the curve. */
public final class BabyJubjubPoint {

  /** The neutral element (0, 1). */
  public static final BabyJubjubPoint IDENTITY = new BabyJubjubPoint(Fr.ZERO, Fr.ONE);

  private final Fr x;
  private final Fr y;

  /** For coordinates already known to be on the curve (results of curve arithmetic). */
  BabyJubjubPoint(Fr x, Fr y) {
    this.x = x;
    this.y = y;
  }

  /**
   * The point (x, y).
   *
   * @throws IllegalArgumentException if (x, y) is not on the curve
   */
  public static BabyJubjubPoint of(Fr x, Fr y) {
    if (!BabyJubjub.isOnCurve(x, y)) {
      throw new IllegalArgumentException("(" + x + ", " + y + ") is not on Baby Jubjub");
    }
    return new BabyJubjubPoint(x, y);
  }

  /** The x coordinate. */
  public Fr x() {
    return x;
  }

  /** The y coordinate. */
  public Fr y() {
    return y;
  }

  /** Whether this is the neutral element. */
  public boolean isIdentity() {
    return x.isZero() && y.equals(Fr.ONE);
  }

  /** Whether l·P is the identity, i.e. the point lies in the prime-order subgroup of B8. */
  public boolean isInSubgroup() {
    EdwardsPoint p = extended();
    WnafMultiplier.multiply(p, ScalarRecoding.limbs(BabyJubjub.SUBGROUP_ORDER), p);
    return p.isIdentity();
  }

  /** This point plus {@code other}. */
  public BabyJubjubPoint add(BabyJubjubPoint other) {
    Objects.requireNonNull(other, "other");
    long[] cached = new long[EdwardsPoint.CACHED];
    other.extended().toCached(cached, 0);
    EdwardsPoint sum = extended();
    sum.addCached(cached, 0);
    return sum.toAffine();
  }

  /** The inverse (-x, y). */
  public BabyJubjubPoint negate() {
    return new BabyJubjubPoint(x.neg(), y);
  }

  /**
   * k·P for any integer k, not reduced modulo l (P need not be in the subgroup). Variable time: do
   * not pass secret scalars; for multiples of B8 use {@link BabyJubjub#multiplyBase8}.
   */
  public BabyJubjubPoint multiply(BigInteger k) {
    Objects.requireNonNull(k, "k");
    EdwardsPoint p = extended();
    WnafMultiplier.multiply(p, ScalarRecoding.limbs(k.abs()), p);
    if (k.signum() < 0) {
      p.negate();
    }
    return p.toAffine();
  }

  EdwardsPoint extended() {
    EdwardsPoint p = new EdwardsPoint();
    p.setAffine(x, y);
    return p;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BabyJubjubPoint other && x.equals(other.x) && y.equals(other.y);
  }

  @Override
  public int hashCode() {
    return 31 * x.hashCode() + y.hashCode();
  }

  @Override
  public String toString() {
    return "(" + x + ", " + y + ")";
  }
}
