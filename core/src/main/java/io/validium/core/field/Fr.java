package io.validium.core.field;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An immutable element of the BN254 scalar field, r =
 * 21888242871839275222246405745257275088548364400416034343698204186575808495617.
 *
 * <p>Held as four 64-bit limbs in Montgomery form; arithmetic never touches {@link BigInteger},
 * which appears only in parsing, printing and conversion. Strict factories ({@link
 * #fromBigInteger}, {@link #fromDecimal}, {@link #fromBytesBigEndian}, {@link #fromCanonicalLimbs})
 * reject anything outside {@code [0, r)} so that every element has exactly one encoding; the {@code
 * reduce}/{@code Reduced} factories exist for the places (hash-to-field) that want reduction. For
 * allocation-free loops use {@link FrArith}.
 */
public final class Fr implements Comparable<Fr> {

  /** The field modulus r. */
  public static final BigInteger MODULUS = FrArith.MODULUS;

  /** The additive identity. */
  public static final Fr ZERO = new Fr(new long[FrArith.LIMBS]);

  /** The multiplicative identity. */
  public static final Fr ONE = oneElement();

  private static final int BYTES = 32;
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final BigInteger INVERSE_EXPONENT = MODULUS.subtract(BigInteger.TWO);

  /** Montgomery limbs, little-endian, fully reduced; never exposed or mutated. */
  final long[] mont;

  Fr(long[] mont) {
    this.mont = mont;
  }

  private static Fr oneElement() {
    long[] m = new long[FrArith.LIMBS];
    FrArith.one(m, 0);
    return new Fr(m);
  }

  /** The element with value {@code v}; {@code v} must be non-negative. */
  public static Fr of(long v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative value: " + v);
    }
    return fromCanonicalLimbsUnchecked(new long[] {v, 0, 0, 0});
  }

  /** The element with value {@code v}; throws IllegalArgumentException unless 0 <= v < r. */
  public static Fr fromBigInteger(BigInteger v) {
    if (v.signum() < 0 || v.compareTo(MODULUS) >= 0) {
      throw new IllegalArgumentException("not a canonical field element: " + v);
    }
    return fromCanonicalLimbsUnchecked(FrArith.limbsOf(v));
  }

  /**
   * {@code v mod r} for any non-negative {@code v}; throws IllegalArgumentException if negative.
   */
  public static Fr reduce(BigInteger v) {
    if (v.signum() < 0) {
      throw new IllegalArgumentException("negative value: " + v);
    }
    return fromCanonicalLimbsUnchecked(FrArith.limbsOf(v.mod(MODULUS)));
  }

  /**
   * Parses a decimal string of ASCII digits only (no sign or whitespace; leading zeros allowed)
   * whose value is below r; anything else throws IllegalArgumentException.
   */
  public static Fr fromDecimal(String s) {
    if (s == null || !DECIMAL.matcher(s).matches()) {
      throw new IllegalArgumentException("not a decimal field element: " + s);
    }
    return fromBigInteger(new BigInteger(s));
  }

  /**
   * Decodes the canonical encoding: exactly 32 big-endian bytes whose value is below r; anything
   * else throws IllegalArgumentException.
   */
  public static Fr fromBytesBigEndian(byte[] b32) {
    if (b32 == null || b32.length != BYTES) {
      throw new IllegalArgumentException(
          "expected 32 bytes, got " + (b32 == null ? "null" : b32.length));
    }
    long[] limbs = new long[FrArith.LIMBS];
    for (int i = 0; i < FrArith.LIMBS; i++) {
      long w = 0;
      for (int k = 0; k < 8; k++) {
        w = (w << 8) | (b32[BYTES - 8 * (i + 1) + k] & 0xff);
      }
      limbs[i] = w;
    }
    return fromCanonicalLimbs(limbs);
  }

  /** Interprets any number of bytes as an unsigned big-endian integer and reduces it mod r. */
  public static Fr fromBytesBigEndianReduced(byte[] anyLength) {
    return reduce(new BigInteger(1, anyLength));
  }

  /**
   * The element whose canonical value has these little-endian 64-bit limbs; requires exactly four
   * limbs and a value below r, else throws IllegalArgumentException.
   */
  public static Fr fromCanonicalLimbs(long[] limbs) {
    if (limbs == null || limbs.length != FrArith.LIMBS) {
      throw new IllegalArgumentException("expected 4 limbs");
    }
    if (!lessThanModulus(limbs)) {
      throw new IllegalArgumentException("limbs encode a value >= r");
    }
    return fromCanonicalLimbsUnchecked(limbs.clone());
  }

  private static Fr fromCanonicalLimbsUnchecked(long[] canonical) {
    long[] m = new long[FrArith.LIMBS];
    FrArith.toMontgomery(canonical, 0, m, 0);
    return new Fr(m);
  }

  private static boolean lessThanModulus(long[] l) {
    long[] q = {FrArith.Q0, FrArith.Q1, FrArith.Q2, FrArith.Q3};
    for (int i = FrArith.LIMBS - 1; i >= 0; i--) {
      int c = Long.compareUnsigned(l[i], q[i]);
      if (c != 0) {
        return c < 0;
      }
    }
    return false;
  }

  /** this + other. */
  public Fr add(Fr other) {
    long[] out = new long[FrArith.LIMBS];
    FrArith.add(mont, other.mont, out);
    return new Fr(out);
  }

  /** this - other. */
  public Fr sub(Fr other) {
    long[] out = new long[FrArith.LIMBS];
    FrArith.sub(mont, other.mont, out);
    return new Fr(out);
  }

  /** this · other. */
  public Fr mul(Fr other) {
    long[] out = new long[FrArith.LIMBS];
    FrArith.mul(mont, other.mont, out);
    return new Fr(out);
  }

  /** this². */
  public Fr square() {
    long[] out = new long[FrArith.LIMBS];
    FrArith.square(mont, out);
    return new Fr(out);
  }

  /** -this. */
  public Fr neg() {
    long[] out = new long[FrArith.LIMBS];
    FrArith.neg(mont, out);
    return new Fr(out);
  }

  /** this⁵, the Poseidon S-box. */
  public Fr pow5() {
    long[] out = new long[FrArith.LIMBS];
    FrArith.pow5(mont, 0, out, 0);
    return new Fr(out);
  }

  /**
   * this^e. A negative exponent raises the inverse, so it throws ArithmeticException on zero; 0^0
   * is one.
   */
  public Fr pow(BigInteger e) {
    if (e.signum() < 0) {
      return inverse().pow(e.negate());
    }
    long[] acc = new long[FrArith.LIMBS];
    FrArith.one(acc, 0);
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      FrArith.square(acc, acc);
      if (e.testBit(i)) {
        FrArith.mul(acc, mont, acc);
      }
    }
    return new Fr(acc);
  }

  /** The multiplicative inverse; throws ArithmeticException for zero. */
  public Fr inverse() {
    if (isZero()) {
      throw new ArithmeticException("zero has no inverse");
    }
    // Fermat: x^(r-2). Constant work and no BigInteger arithmetic on the value itself.
    return pow(INVERSE_EXPONENT);
  }

  /** Whether this is zero. */
  public boolean isZero() {
    return FrArith.isZero(mont, 0);
  }

  /** The canonical value in {@code [0, r)}. */
  public BigInteger toBigInteger() {
    return FrArith.toBigInteger(toCanonicalLimbs(), 0);
  }

  /** The canonical encoding: 32 bytes, big-endian. */
  public byte[] toBytesBigEndian() {
    long[] l = toCanonicalLimbs();
    byte[] out = new byte[BYTES];
    for (int i = 0; i < FrArith.LIMBS; i++) {
      long w = l[i];
      for (int k = 7; k >= 0; k--) {
        out[BYTES - 8 * i - 8 + k] = (byte) w;
        w >>>= 8;
      }
    }
    return out;
  }

  /** The canonical value as four little-endian 64-bit limbs (a fresh array). */
  public long[] toCanonicalLimbs() {
    long[] out = new long[FrArith.LIMBS];
    FrArith.fromMontgomery(mont, 0, out, 0);
    return out;
  }

  /** Bit {@code n} (0 = least significant) of the canonical value; false for n >= 256. */
  public boolean testBit(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative bit index: " + n);
    }
    if (n >= 64 * FrArith.LIMBS) {
      return false;
    }
    return ((toCanonicalLimbs()[n >>> 6] >>> (n & 63)) & 1) != 0;
  }

  /** Orders elements by canonical value. */
  @Override
  public int compareTo(Fr other) {
    long[] a = toCanonicalLimbs();
    long[] b = other.toCanonicalLimbs();
    for (int i = FrArith.LIMBS - 1; i >= 0; i--) {
      int c = Long.compareUnsigned(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    // Montgomery form is a bijection on [0, r), so equal limbs mean equal elements.
    return o instanceof Fr && Arrays.equals(mont, ((Fr) o).mont);
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

  /** "0x" followed by the canonical value as 64 lowercase hex digits. */
  public String toHexString() {
    byte[] b = toBytesBigEndian();
    char[] out = new char[2 + 2 * BYTES];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < BYTES; i++) {
      out[2 + 2 * i] = HEX[(b[i] >>> 4) & 0xf];
      out[3 + 2 * i] = HEX[b[i] & 0xf];
    }
    return new String(out);
  }
}
