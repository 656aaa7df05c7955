package io.validium.zk.curve;

import java.math.BigInteger;

/** The non-adjacent form of an integer: signed binary digits, no two adjacent ones non-zero. */
public final class Naf {

  private Naf() {}

  /**
   * The digits of {@code k}, each in {-1, 0, 1}, least significant first, with Σ d_i·2^i = k. A NAF
   * has about a third of its digits non-zero, against half for plain binary, which saves additions
   * in scalar multiplication and multiplications in the Miller loop.
   */
  public static byte[] of(BigInteger k) {
    if (k.signum() < 0) {
      byte[] digits = of(k.negate());
      for (int i = 0; i < digits.length; i++) {
        digits[i] = (byte) -digits[i];
      }
      return digits;
    }
    byte[] digits = new byte[k.bitLength() + 1];
    BigInteger n = k;
    int i = 0;
    while (n.signum() > 0) {
      if (n.testBit(0)) {
        // Choose the digit that makes n divisible by 4: 1 if n = 1 (mod 4), else -1.
        int digit = n.testBit(1) ? -1 : 1;
        digits[i] = (byte) digit;
        n = n.subtract(BigInteger.valueOf(digit));
      }
      n = n.shiftRight(1);
      i++;
    }
    byte[] trimmed = new byte[i];
    System.arraycopy(digits, 0, trimmed, 0, i);
    return trimmed;
  }
}
