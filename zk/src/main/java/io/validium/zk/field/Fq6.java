package io.validium.zk.field;

import java.util.Arrays;

/** An immutable element {@code b0 + b1·v + b2·v²} of Fq6 = Fq2[v]/(v³ - ξ), ξ = 9 + u. */
public final class Fq6 {

  /** The additive identity. */
  public static final Fq6 ZERO = new Fq6(new long[Fq6Arith.LIMBS]);

  /** The multiplicative identity. */
  public static final Fq6 ONE = of(Fq2.ONE, Fq2.ZERO, Fq2.ZERO);

  /** Limbs of b0, b1, b2; never exposed or mutated. */
  final long[] m;

  Fq6(long[] m) {
    this.m = m;
  }

  /** The element {@code b0 + b1·v + b2·v²}. */
  public static Fq6 of(Fq2 b0, Fq2 b1, Fq2 b2) {
    long[] m = new long[Fq6Arith.LIMBS];
    Fq2Arith.load(b0, m, 0);
    Fq2Arith.load(b1, m, Fq2Arith.LIMBS);
    Fq2Arith.load(b2, m, 2 * Fq2Arith.LIMBS);
    return new Fq6(m);
  }

  /** The coefficient of v^i, for i in {0, 1, 2}. */
  public Fq2 b(int i) {
    if (i < 0 || i > 2) {
      throw new IllegalArgumentException("Fq6 has coefficients b0..b2, not b" + i);
    }
    return Fq2Arith.toFq2(m, i * Fq2Arith.LIMBS);
  }

  /** this + other. */
  public Fq6 add(Fq6 other) {
    long[] out = new long[Fq6Arith.LIMBS];
    new Fq6Arith().add(m, 0, other.m, 0, out, 0);
    return new Fq6(out);
  }

  /** this - other. */
  public Fq6 sub(Fq6 other) {
    long[] out = new long[Fq6Arith.LIMBS];
    new Fq6Arith().sub(m, 0, other.m, 0, out, 0);
    return new Fq6(out);
  }

  /** this · other. */
  public Fq6 mul(Fq6 other) {
    long[] out = new long[Fq6Arith.LIMBS];
    new Fq6Arith().mul(m, 0, other.m, 0, out, 0);
    return new Fq6(out);
  }

  /** this². */
  public Fq6 square() {
    long[] out = new long[Fq6Arith.LIMBS];
    new Fq6Arith().square(m, 0, out, 0);
    return new Fq6(out);
  }

  /** -this. */
  public Fq6 neg() {
    long[] out = new long[Fq6Arith.LIMBS];
    new Fq6Arith().neg(m, 0, out, 0);
    return new Fq6(out);
  }

  /** this · v. */
  public Fq6 mulByV() {
    long[] out = new long[Fq6Arith.LIMBS];
    new Fq6Arith().mulByV(m, 0, out, 0);
    return new Fq6(out);
  }

  /** The multiplicative inverse; throws ArithmeticException for zero. */
  public Fq6 inverse() {
    Fq6Arith f = new Fq6Arith();
    if (f.isZero(m, 0)) {
      throw new ArithmeticException("zero has no inverse");
    }
    long[] out = new long[Fq6Arith.LIMBS];
    f.inverse(m, 0, out, 0);
    return new Fq6(out);
  }

  /** this^(q^k), the k-th power of the Frobenius map. */
  public Fq6 frobenius(int k) {
    long[] out = new long[Fq6Arith.LIMBS];
    new Fq6Arith().frobenius(m, 0, k, out, 0);
    return new Fq6(out);
  }

  /** Whether this is zero. */
  public boolean isZero() {
    return new Fq6Arith().isZero(m, 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fq6 && Arrays.equals(m, ((Fq6) o).m);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(m);
  }

  /** The three coefficients, lowest power of v first. */
  @Override
  public String toString() {
    return "[" + b(0) + ", " + b(1) + ", " + b(2) + "]";
  }
}
