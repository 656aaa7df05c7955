package io.validium.core.crypto;

import java.math.BigInteger;

/** Scalars as little-endian 64-bit limbs, and their signed-digit recodings for multiplication. */
final class ScalarRecoding {

  private ScalarRecoding() {}

  /** The limbs of a non-negative integer, least significant first (at least one limb). */
  static long[] limbs(BigInteger k) {
    return limbs(k, Math.max(1, (k.bitLength() + 63) >>> 6));
  }

  /** The non-negative integer k, which must fit, as exactly n little-endian limbs. */
  static long[] limbs(BigInteger k, int n) {
    if (k.signum() < 0 || k.bitLength() > 64 * n) {
      throw new IllegalArgumentException("scalar out of range for " + n + " limbs");
    }
    long[] out = new long[n];
    byte[] be = k.toByteArray();
    for (int i = 0; i < be.length; i++) {
      int bit = 8 * (be.length - 1 - i);
      if (bit < 64 * out.length) {
        out[bit >>> 6] |= (be[i] & 0xffL) << (bit & 63);
      }
    }
    return out;
  }

  /**
   * Recodes {@code k < 2^255} (four limbs) into 64 digits in [-8, 8] with k = Σ d_i·16^i.
   *
   * <p>Branch-free in the scalar, because this feeds the fixed-base multiplication that signing
   * uses with secret scalars.
   */
  static byte[] signedRadix16(long[] k) {
    if (k.length != 4 || k[3] < 0) {
      throw new IllegalArgumentException("fixed-base scalar must be four limbs below 2^255");
    }
    byte[] d = new byte[64];
    for (int i = 0; i < 64; i++) {
      d[i] = (byte) ((k[i >>> 4] >>> ((i & 15) << 2)) & 15);
    }
    // Moving 16 from a digit >= 8 to the next one keeps every digit in [-8, 8); the top nibble is
    // at most 7 (k < 2^255), so the last carry fits in the last digit.
    for (int i = 0; i < 63; i++) {
      int carry = (d[i] + 8) >> 4;
      d[i] = (byte) (d[i] - (carry << 4));
      d[i + 1] = (byte) (d[i + 1] + carry);
    }
    return d;
  }

  /**
   * Width-w non-adjacent form: odd digits in (-2^(w-1), 2^(w-1)), each followed by at least w-1
   * zeros, so a variable-base multiplication needs about one addition per w+1 bits. Variable time:
   * for public scalars only.
   */
  static byte[] wnaf(long[] k, int w) {
    int bits = bitLength(k);
    byte[] naf = new byte[bits + w];
    int width = 1 << w;
    int carry = 0;
    int pos = 0;
    while (pos < bits || carry != 0) {
      int window = carry + window(k, pos, w);
      if ((window & 1) == 0) {
        pos++;
        continue;
      }
      if (window < width / 2) {
        carry = 0;
        naf[pos] = (byte) window;
      } else {
        carry = 1;
        naf[pos] = (byte) (window - width);
      }
      pos += w;
    }
    return naf;
  }

  static int bitLength(long[] k) {
    for (int i = k.length - 1; i >= 0; i--) {
      if (k[i] != 0) {
        return 64 * i + 64 - Long.numberOfLeadingZeros(k[i]);
      }
    }
    return 0;
  }

  /** The w bits of k starting at bit {@code pos}; zero beyond the top limb. */
  private static int window(long[] k, int pos, int w) {
    int limb = pos >>> 6;
    int off = pos & 63;
    if (limb >= k.length) {
      return 0;
    }
    long v = k[limb] >>> off;
    if (off + w > 64 && limb + 1 < k.length) {
      v |= k[limb + 1] << (64 - off);
    }
    return (int) (v & ((1 << w) - 1));
  }
}
