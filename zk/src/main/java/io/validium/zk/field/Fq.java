package io.validium.zk.field;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An immutable element of the BN254 base field, q =
 * 21888242871839275222246405745257275088696311157297823662689037894645226208583.
 *
 * <p>Held as four 64-bit limbs in Montgomery form; arithmetic runs on {@link FqArith} and never
 * touches {@link BigInteger}, which appears only in parsing, printing and exponents. Factories
 * reject anything outside {@code [0, q)}, so every element has exactly one encoding.
 */
public final class Fq {

  /** The field modulus q. */
  public static final BigInteger MODULUS = FqArith.MODULUS;

  /** The additive identity. */
  public static final Fq ZERO = new Fq(new long[FqArith.LIMBS]);

  /** The multiplicative identity. */
  public static final Fq ONE = oneElement();

  private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

  /** Montgomery limbs, little-endian, fully reduced; never exposed or mutated. */
  final long[] mont;

  Fq(long[] mont) {
    this.mont = mont;
  }

  private static Fq oneElement() {
    long[] m = new long[FqArith.LIMBS];
    FqArith.one(m, 0);
    return new Fq(m);
  }

  /** The element with value {@code v}; {@code v} must be non-negative. */
  public static Fq of(long v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative value: " + v);
    }
    return fromCanonical(new long[] {v, 0, 0, 0});
  }

  /** The element with value {@code v}; throws IllegalArgumentException unless 0 <= v < q. */
  public static Fq fromBigInteger(BigInteger v) {
    if (v.signum() < 0 || v.compareTo(MODULUS) >= 0) {
      throw new IllegalArgumentException("not a canonical base-field element: " + v);
    }
    return fromCanonical(FqArith.limbsOf(v));
  }

  /**
   * Parses a decimal string of ASCII digits (no sign or whitespace) whose value is below q;
   * anything else throws IllegalArgumentException.
   */
  public static Fq fromDecimal(String s) {
    if (s == null || !DECIMAL.matcher(s).matches()) {
      throw new IllegalArgumentException("not a decimal base-field element: " + s);
    }
    return fromBigInteger(new BigInteger(s));
  }

  private static Fq fromCanonical(long[] canonical) {
    long[] m = new long[FqArith.LIMBS];
    FqArith.toMontgomery(canonical, 0, m, 0);
    return new Fq(m);
  }

  /** this + other. */
  public Fq add(Fq other) {
    long[] out = new long[FqArith.LIMBS];
    FqArith.add(mont, 0, other.mont, 0, out, 0);
    return new Fq(out);
  }

  /** this - other. */
  public Fq sub(Fq other) {
    long[] out = new long[FqArith.LIMBS];
    FqArith.sub(mont, 0, other.mont, 0, out, 0);
    return new Fq(out);
  }

  /** this · other. */
  public Fq mul(Fq other) {
    long[] out = new long[FqArith.LIMBS];
    FqArith.mul(mont, 0, other.mont, 0, out, 0);
    return new Fq(out);
  }

  /** this². */
  public Fq square() {
    long[] out = new long[FqArith.LIMBS];
    FqArith.square(mont, 0, out, 0);
    return new Fq(out);
  }

  /** -this. */
  public Fq neg() {
    long[] out = new long[FqArith.LIMBS];
    FqArith.neg(mont, 0, out, 0);
    return new Fq(out);
  }

  /** this^e; a negative exponent raises the inverse, so it throws ArithmeticException on zero. */
  public Fq pow(BigInteger e) {
    if (e.signum() < 0) {
      return inverse().pow(e.negate());
    }
    long[] out = new long[FqArith.LIMBS];
    FqArith.pow(mont, 0, e, out, 0);
    return new Fq(out);
  }

  /** The multiplicative inverse; throws ArithmeticException for zero. */
  public Fq inverse() {
    if (isZero()) {
      throw new ArithmeticException("zero has no inverse");
    }
    long[] out = new long[FqArith.LIMBS];
    FqArith.inverse(mont, 0, out, 0);
    return new Fq(out);
  }

  /** A square root, or empty if this is not a square; which of the two roots is unspecified. */
  public Optional<Fq> sqrt() {
    long[] root = new long[FqArith.LIMBS];
    FqArith.sqrtCandidate(mont, 0, root, 0);
    long[] check = new long[FqArith.LIMBS];
    FqArith.square(root, 0, check, 0);
    return FqArith.equal(check, 0, mont, 0) ? Optional.of(new Fq(root)) : Optional.empty();
  }

  /** Whether this is zero. */
  public boolean isZero() {
    return FqArith.isZero(mont, 0);
  }

  /** Whether this is one. */
  public boolean isOne() {
    return FqArith.isOne(mont, 0);
  }

  /** The canonical value in {@code [0, q)}. */
  public BigInteger toBigInteger() {
    long[] canonical = new long[FqArith.LIMBS];
    FqArith.fromMontgomery(mont, 0, canonical, 0);
    return FqArith.toBigInteger(canonical, 0);
  }

  @Override
  public boolean equals(Object o) {
    // Montgomery form is a bijection on [0, q), so equal limbs mean equal elements.
    return o instanceof Fq && Arrays.equals(mont, ((Fq) o).mont);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mont);
  }

  /** The canonical value in decimal. */
  @Override
  public String toString() {
    return toBigInteger().toString();
  }
}
