package io.validium.zk.field;

import java.math.BigInteger;
import java.util.Arrays;

/** An immutable element {@code c0 + c1·w} of Fq12 = Fq6[w]/(w² - v), where pairings take values. */
public final class Fq12 {

  /** The multiplicative identity. */
  public static final Fq12 ONE = of(Fq6.ONE, Fq6.ZERO);

  /** Limbs of c0 then c1; never exposed or mutated. */
  final long[] m;

  Fq12(long[] m) {
    this.m = m;
  }

  /** The element {@code c0 + c1·w}. */
  public static Fq12 of(Fq6 c0, Fq6 c1) {
    long[] m = new long[Fq12Arith.LIMBS];
    Fq6Arith.load(c0, m, 0);
    Fq6Arith.load(c1, m, Fq6Arith.LIMBS);
    return new Fq12(m);
  }

  /** The constant coefficient c0. */
  public Fq6 c0() {
    return Fq6Arith.toFq6(m, 0);
  }

  /** The coefficient c1 of w. */
  public Fq6 c1() {
    return Fq6Arith.toFq6(m, Fq6Arith.LIMBS);
  }

  /** this · other. */
  public Fq12 mul(Fq12 other) {
    long[] out = new long[Fq12Arith.LIMBS];
    new Fq12Arith().mul(m, 0, other.m, 0, out, 0);
    return new Fq12(out);
  }

  /** this². */
  public Fq12 square() {
    long[] out = new long[Fq12Arith.LIMBS];
    new Fq12Arith().square(m, 0, out, 0);
    return new Fq12(out);
  }

  /**
   * this², computed by the cyclotomic-subgroup formula; equal to {@link #square} only when
   * this^(q⁶+1) = 1, as for every value a pairing's final exponentiation produces.
   */
  public Fq12 cyclotomicSquare() {
    long[] out = new long[Fq12Arith.LIMBS];
    new Fq12Arith().cyclotomicSquare(m, 0, out, 0);
    return new Fq12(out);
  }

  /** {@code c0 - c1·w} = this^(q⁶). */
  public Fq12 conjugate() {
    long[] out = new long[Fq12Arith.LIMBS];
    new Fq12Arith().conjugate(m, 0, out, 0);
    return new Fq12(out);
  }

  /** The multiplicative inverse; throws ArithmeticException for zero. */
  public Fq12 inverse() {
    if (isZero()) {
      throw new ArithmeticException("zero has no inverse");
    }
    long[] out = new long[Fq12Arith.LIMBS];
    new Fq12Arith().inverse(m, 0, out, 0);
    return new Fq12(out);
  }

  /** this^(q^k), the k-th power of the Frobenius map. */
  public Fq12 frobenius(int k) {
    long[] out = new long[Fq12Arith.LIMBS];
    new Fq12Arith().frobenius(m, 0, k, out, 0);
    return new Fq12(out);
  }

  /** this^e; a negative exponent raises the inverse. Not constant-time. */
  public Fq12 pow(BigInteger e) {
    if (e.signum() < 0) {
      return inverse().pow(e.negate());
    }
    Fq12Arith f = new Fq12Arith();
    long[] acc = new long[Fq12Arith.LIMBS];
    f.one(acc, 0);
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      f.square(acc, 0, acc, 0);
      if (e.testBit(i)) {
        f.mul(acc, 0, m, 0, acc, 0);
      }
    }
    return new Fq12(acc);
  }

  /** Whether this is one. */
  public boolean isOne() {
    return new Fq12Arith().isOne(m, 0);
  }

  /** Whether this is zero. */
  public boolean isZero() {
    for (long limb : m) {
      if (limb != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fq12 && Arrays.equals(m, ((Fq12) o).m);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(m);
  }

  /** c0 and c1, each as its three Fq2 coefficients. */
  @Override
  public String toString() {
    return "[" + c0() + ", " + c1() + "]";
  }
}
