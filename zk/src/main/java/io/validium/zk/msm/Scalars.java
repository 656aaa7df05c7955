package io.validium.zk.msm;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.math.BigInteger;

/**
 * Scalars as MSM reads them: canonical (not Montgomery) values below r, four little-endian limbs
 * each, scalar i at {@code [4i, 4i+4)}; and their signed window digits.
 */
final class Scalars {

  /** Limbs per scalar. */
  static final int LIMBS = FrArith.LIMBS;

  /** Bits a scalar may occupy: r < 2^254. */
  static final int BITS = 254;

  /** Bits the digits cover: one more than a scalar has, so that the top window never carries. */
  static final int DIGIT_BITS = BITS + 1;

  private static final long[] R = limbsOf(Fr.MODULUS);

  private Scalars() {}

  /** The canonical limbs of the elements, without allocating per element. */
  static long[] fromElements(Fr[] scalars) {
    long[] out = new long[scalars.length * LIMBS];
    long[] mont = new long[LIMBS];
    for (int i = 0; i < scalars.length; i++) {
      FrArith.load(scalars[i], mont, 0);
      FrArith.fromMontgomery(mont, 0, out, i * LIMBS);
    }
    return out;
  }

  /** Throws IllegalArgumentException unless the array holds whole scalars, each below r. */
  static void checkCanonical(long[] scalars) {
    if (scalars.length % LIMBS != 0) {
      throw new IllegalArgumentException(
          "scalar limbs: length " + scalars.length + " is not a multiple of " + LIMBS);
    }
    for (int off = 0; off < scalars.length; off += LIMBS) {
      if (!belowModulus(scalars, off)) {
        throw new IllegalArgumentException("scalar " + off / LIMBS + " is not below r");
      }
    }
  }

  private static boolean belowModulus(long[] s, int off) {
    for (int i = LIMBS - 1; i >= 0; i--) {
      int c = Long.compareUnsigned(s[off + i], R[i]);
      if (c != 0) {
        return c < 0;
      }
    }
    return false;
  }

  /** The limbs of r; callers must not modify them. */
  static long[] modulusLimbs() {
    return R;
  }

  static boolean isZero(long[] s, int off) {
    return (s[off] | s[off + 1] | s[off + 2] | s[off + 3]) == 0;
  }

  static boolean isOne(long[] s, int off) {
    return s[off] == 1 && (s[off + 1] | s[off + 2] | s[off + 3]) == 0;
  }

  /** Bit {@code bit} of the scalar at {@code off}. */
  static boolean testBit(long[] s, int off, int bit) {
    return ((s[off + (bit >>> 6)] >>> (bit & 63)) & 1) != 0;
  }

  /**
   * Windows of at most c bits needed for signed digits of scalars below 2^{@value #BITS}: the 255
   * bits of the scalar and one above it, which is zero, so that the top digit never carries out.
   */
  static int windows(int c) {
    return (DIGIT_BITS + c - 1) / c;
  }

  /**
   * The width of window w: the 255 bits are shared out as evenly as possible, c or c - 1 bits each,
   * so that no window is left with a few bits (and so few buckets) but all the points.
   */
  static int width(int c, int w) {
    int windows = windows(c);
    return DIGIT_BITS / windows + (w < DIGIT_BITS % windows ? 1 : 0);
  }

  /** The lowest bit of window w. */
  static int start(int c, int w) {
    int windows = windows(c);
    return w * (DIGIT_BITS / windows) + Math.min(w, DIGIT_BITS % windows);
  }

  /**
   * The signed digit of the window of {@code width} bits from bit {@code start}, in [-2^(width-1),
   * 2^(width-1)].
   *
   * <p>Booth recoding: with raw the window's bits, the digit is raw + (the bit just below the
   * window) - 2^width·(the window's top bit). The terms telescope to the scalar, and each digit
   * depends only on width + 1 bits, so no carry has to be threaded from window to window.
   */
  static int digit(long[] s, int off, int start, int width) {
    int pos = start - 1;
    long bits;
    if (pos < 0) {
      bits = s[off] << 1;
    } else {
      int limb = pos >>> 6;
      int shift = pos & 63;
      bits = s[off + limb] >>> shift;
      if (shift + width + 1 > 64 && limb < LIMBS - 1) {
        bits |= s[off + limb + 1] << (64 - shift);
      }
    }
    int window = (int) bits & ((2 << width) - 1);
    return ((window >>> 1) + (window & 1)) - ((window >>> width) << width);
  }

  private static long[] limbsOf(BigInteger v) {
    long[] l = new long[LIMBS];
    for (int i = 0; i < LIMBS; i++) {
      l[i] = v.shiftRight(64 * i).longValue();
    }
    return l;
  }
}
