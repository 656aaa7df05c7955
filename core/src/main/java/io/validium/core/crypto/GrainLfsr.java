package io.validium.core.crypto;

import java.math.BigInteger;

/**
 * The 80-bit Grain LFSR in self-shrinking mode that the Poseidon authors' reference script ({@code
 * generate_parameters_grain.sage}) uses to derive round constants and MDS matrices.
 */
final class GrainLfsr {

  private static final int SIZE = 80;
  private static final int WARM_UP_CLOCKS = 160;

  /** Ring buffer: {@code state[(head + i) % SIZE]} is the i-th oldest bit. */
  private final boolean[] state = new boolean[SIZE];

  private int head;

  /**
   * Seeds the register with the parameter encoding of the reference script: field type (2 bits),
   * S-box type (4), field size n (12), width t (12), full rounds (10), partial rounds (10), then 30
   * one-bits, most significant bit first; then discards 160 clocks.
   */
  GrainLfsr(
      int fieldType, int sboxType, int fieldBits, int width, int fullRounds, int partialRounds) {
    int pos = 0;
    pos = seed(pos, fieldType, 2);
    pos = seed(pos, sboxType, 4);
    pos = seed(pos, fieldBits, 12);
    pos = seed(pos, width, 12);
    pos = seed(pos, fullRounds, 10);
    pos = seed(pos, partialRounds, 10);
    while (pos < SIZE) {
      state[pos++] = true;
    }
    for (int i = 0; i < WARM_UP_CLOCKS; i++) {
      clock();
    }
  }

  private int seed(int pos, int value, int bits) {
    if (value < 0 || value >= (1 << bits)) {
      throw new IllegalArgumentException(value + " does not fit in " + bits + " bits");
    }
    for (int i = bits - 1; i >= 0; i--) {
      state[pos++] = ((value >>> i) & 1) != 0;
    }
    return pos;
  }

  private boolean bit(int i) {
    return state[(head + i) % SIZE];
  }

  /**
   * Feedback polynomial x^80 + x^67 + x^57 + x^42 + x^29 + x^18 + 1, taps counted from the oldest
   * bit.
   */
  private boolean clock() {
    boolean next = bit(62) ^ bit(51) ^ bit(38) ^ bit(23) ^ bit(13) ^ bit(0);
    state[head] = next;
    head = (head + 1) % SIZE;
    return next;
  }

  /** Self-shrinking output: clock bits in pairs and emit the second bit when the first is one. */
  boolean nextBit() {
    while (true) {
      boolean select = clock();
      boolean value = clock();
      if (select) {
        return value;
      }
    }
  }

  /** The next {@code n} output bits read as an unsigned integer, first bit most significant. */
  BigInteger nextBits(int n) {
    BigInteger v = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      v = v.shiftLeft(1);
      if (nextBit()) {
        v = v.setBit(0);
      }
    }
    return v;
  }
}
