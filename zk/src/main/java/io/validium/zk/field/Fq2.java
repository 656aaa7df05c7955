package io.validium.zk.field;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/** An immutable element {@code c0 + c1·u} of Fq2 = Fq[u]/(u² + 1), the field of G2 coordinates. */
public final class Fq2 {

  /** The additive identity. */
  public static final Fq2 ZERO = new Fq2(new long[Fq2Arith.LIMBS]);

  /** The multiplicative identity. */
  public static final Fq2 ONE = of(Fq.ONE, Fq.ZERO);

  /** ξ = 9 + u, the cubic and quadratic non-residue over which Fq6 and the twist are built. */
  public static final Fq2 NON_RESIDUE = of(Fq.of(9), Fq.ONE);

  /** Limbs of c0 then c1, Montgomery form; never exposed or mutated. */
  final long[] m;

  Fq2(long[] m) {
    this.m = m;
  }

  /** The element {@code c0 + c1·u}. */
  public static Fq2 of(Fq c0, Fq c1) {
    long[] m = new long[Fq2Arith.LIMBS];
    FqArith.load(c0, m, 0);
    FqArith.load(c1, m, FqArith.LIMBS);
    return new Fq2(m);
  }

  /** The element {@code c0 + c1·u} from canonical values; each must lie in {@code [0, q)}. */
  public static Fq2 of(BigInteger c0, BigInteger c1) {
    return of(Fq.fromBigInteger(c0), Fq.fromBigInteger(c1));
  }

  /** The real part c0. */
  public Fq c0() {
    return FqArith.toFq(m, 0);
  }

  /** The coefficient c1 of u. */
  public Fq c1() {
    return FqArith.toFq(m, FqArith.LIMBS);
  }

  /** this + other. */
  public Fq2 add(Fq2 other) {
    long[] out = new long[Fq2Arith.LIMBS];
    new Fq2Arith().add(m, 0, other.m, 0, out, 0);
    return new Fq2(out);
  }

  /** this - other. */
  public Fq2 sub(Fq2 other) {
    long[] out = new long[Fq2Arith.LIMBS];
    new Fq2Arith().sub(m, 0, other.m, 0, out, 0);
    return new Fq2(out);
  }

  /** this · other. */
  public Fq2 mul(Fq2 other) {
    long[] out = new long[Fq2Arith.LIMBS];
    new Fq2Arith().mul(m, 0, other.m, 0, out, 0);
    return new Fq2(out);
  }

  /** this · s for a base-field scalar. */
  public Fq2 mul(Fq s) {
    long[] out = new long[Fq2Arith.LIMBS];
    new Fq2Arith().mulByFq(m, 0, s.mont, 0, out, 0);
    return new Fq2(out);
  }

  /** this². */
  public Fq2 square() {
    long[] out = new long[Fq2Arith.LIMBS];
    new Fq2Arith().square(m, 0, out, 0);
    return new Fq2(out);
  }

  /** -this. */
  public Fq2 neg() {
    long[] out = new long[Fq2Arith.LIMBS];
    new Fq2Arith().neg(m, 0, out, 0);
    return new Fq2(out);
  }

  /** {@code c0 - c1·u}, which is also this^q (the Frobenius map). */
  public Fq2 conjugate() {
    long[] out = new long[Fq2Arith.LIMBS];
    new Fq2Arith().conjugate(m, 0, out, 0);
    return new Fq2(out);
  }

  /** this · ξ. */
  public Fq2 mulByNonResidue() {
    long[] out = new long[Fq2Arith.LIMBS];
    new Fq2Arith().mulByNonResidue(m, 0, out, 0);
    return new Fq2(out);
  }

  /** The multiplicative inverse; throws ArithmeticException for zero. */
  public Fq2 inverse() {
    if (isZero()) {
      throw new ArithmeticException("zero has no inverse");
    }
    long[] out = new long[Fq2Arith.LIMBS];
    new Fq2Arith().inverse(m, 0, out, 0);
    return new Fq2(out);
  }

  /** this^e; a negative exponent raises the inverse. */
  public Fq2 pow(BigInteger e) {
    if (e.signum() < 0) {
      return inverse().pow(e.negate());
    }
    Fq2Arith f = new Fq2Arith();
    long[] acc = new long[Fq2Arith.LIMBS];
    f.one(acc, 0);
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      f.square(acc, 0, acc, 0);
      if (e.testBit(i)) {
        f.mul(acc, 0, m, 0, acc, 0);
      }
    }
    return new Fq2(acc);
  }

  /**
   * A square root, or empty if this is not a square; which of the two roots is unspecified.
   *
   * <p>Works through the norm: if x² = a then N(x)² = N(a), so N(a) must be a square in Fq, and x0²
   * = (c0 ± sqrt(N(a)))/2 for one choice of sign, with x1 = c1/(2·x0).
   */
  public Optional<Fq2> sqrt() {
    Fq a0 = c0();
    Fq a1 = c1();
    if (a1.isZero()) {
      // -1 is a non-square in Fq (q = 3 mod 4), so exactly one of c0, -c0 has a root in Fq.
      Optional<Fq> real = a0.sqrt();
      return real.isPresent()
          ? Optional.of(of(real.get(), Fq.ZERO))
          : a0.neg().sqrt().map(im -> of(Fq.ZERO, im));
    }
    Optional<Fq> normRoot = a0.square().add(a1.square()).sqrt();
    if (normRoot.isEmpty()) {
      return Optional.empty();
    }
    Fq half = Fq.of(2).inverse();
    Optional<Fq> x0 = a0.add(normRoot.get()).mul(half).sqrt();
    if (x0.isEmpty()) {
      x0 = a0.sub(normRoot.get()).mul(half).sqrt();
    }
    if (x0.isEmpty()) {
      return Optional.empty();
    }
    Fq x1 = a1.mul(x0.get().add(x0.get()).inverse());
    Fq2 root = of(x0.get(), x1);
    return root.square().equals(this) ? Optional.of(root) : Optional.empty();
  }

  /** Whether this is zero. */
  public boolean isZero() {
    return new Fq2Arith().isZero(m, 0);
  }

  /** Whether this is one. */
  public boolean isOne() {
    return new Fq2Arith().isOne(m, 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fq2 && Arrays.equals(m, ((Fq2) o).m);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(m);
  }

  /** {@code c0 + c1·u} with decimal coefficients. */
  @Override
  public String toString() {
    return c0() + " + " + c1() + "·u";
  }
}
