package io.validium.core.types;

import java.math.BigInteger;
import java.util.Optional;

/** A token quantity in base units: unsigned and at most 2^96 - 1, the range the circuit checks. */
public final class Amount implements Comparable<Amount> {
  /** Bits of an amount; also its binary width (12 bytes). */
  public static final int BITS = 96;

  public static final int BYTES = BITS / 8;

  private static final BigInteger MAX_VALUE =
      BigInteger.ONE.shiftLeft(BITS).subtract(BigInteger.ONE);

  public static final Amount ZERO = new Amount(BigInteger.ZERO);
  public static final Amount MAX = new Amount(MAX_VALUE);

  private final BigInteger value;

  private Amount(BigInteger value) {
    this.value = value;
  }

  public static Amount of(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("amount " + value + " is negative");
    }
    return new Amount(BigInteger.valueOf(value));
  }

  public static Amount of(BigInteger value) {
    if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
      throw new IllegalArgumentException("amount " + value + " is outside [0, 2^96 - 1]");
    }
    return new Amount(value);
  }

  public static Amount parse(String text) {
    return of(Decimal.parse(text, "amount"));
  }

  /** Reads the 12-byte big-endian form at {@code offset}. */
  public static Amount fromBytes(byte[] bytes, int offset) {
    return new Amount(
        new BigInteger(1, java.util.Arrays.copyOfRange(bytes, offset, offset + BYTES)));
  }

  public byte[] toBytes() {
    byte[] out = new byte[BYTES];
    byte[] raw = value.toByteArray();
    int copy = Math.min(raw.length, BYTES);
    System.arraycopy(raw, raw.length - copy, out, BYTES - copy, copy);
    return out;
  }

  public BigInteger toBigInteger() {
    return value;
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  /** The sum, or empty when it would exceed 2^96 - 1. */
  public Optional<Amount> plus(Amount other) {
    BigInteger sum = value.add(other.value);
    return sum.compareTo(MAX_VALUE) > 0 ? Optional.empty() : Optional.of(new Amount(sum));
  }

  /** The difference, or empty when it would be negative. */
  public Optional<Amount> minus(Amount other) {
    BigInteger diff = value.subtract(other.value);
    return diff.signum() < 0 ? Optional.empty() : Optional.of(new Amount(diff));
  }

  @Override
  public int compareTo(Amount o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount a && a.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
