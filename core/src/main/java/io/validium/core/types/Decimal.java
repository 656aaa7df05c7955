package io.validium.core.types;

import java.math.BigInteger;

/** Strict parsing of the unsigned decimal text form shared by every integer value. */
final class Decimal {
  private static final int MAX_DIGITS = 80;

  private Decimal() {}

  /**
   * Parses digits only: no sign, no whitespace, no leading zeros, so that each value has exactly
   * one text form.
   */
  static BigInteger parse(String text, String what) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException(what + ": empty");
    }
    if (text.length() > MAX_DIGITS) {
      throw new IllegalArgumentException(what + ": too long");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(what + ": not a decimal number: " + abbreviate(text));
      }
    }
    if (text.length() > 1 && text.charAt(0) == '0') {
      throw new IllegalArgumentException(what + ": leading zero: " + abbreviate(text));
    }
    return new BigInteger(text);
  }

  static long parseBounded(String text, String what, long minInclusive, long maxInclusive) {
    BigInteger v = parse(text, what);
    if (v.compareTo(BigInteger.valueOf(minInclusive)) < 0
        || v.compareTo(BigInteger.valueOf(maxInclusive)) > 0) {
      throw new IllegalArgumentException(
          what + ": " + text + " is outside [" + minInclusive + ", " + maxInclusive + "]");
    }
    return v.longValueExact();
  }

  static String abbreviate(String text) {
    return text.length() <= 90 ? text : text.substring(0, 87) + "...";
  }
}
