package io.validium.zk.gadgets;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Linear;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import java.math.BigInteger;

/** Boolean constraints, bit decomposition and range checks. */
public final class Bits {

  /** Bit length of the field modulus r. */
  public static final int FIELD_BITS = Fr.MODULUS.bitLength();

  private static final BigInteger MAX_CANONICAL = Fr.MODULUS.subtract(BigInteger.ONE);

  private Bits() {}

  /** Constrains {@code b} to 0 or 1 with b·(1 - b) = 0. One constraint. */
  public static void assertBoolean(CircuitBuilder api, Linear b) {
    api.assertMul(b, LinearCombination.constant(Fr.ONE).sub(b), LinearCombination.zero(), "bool");
  }

  /**
   * The n low bits of {@code x}, least significant first, constrained boolean and to sum to x,
   * which therefore lies below 2^n. n + 1 constraints. For n = 254 the sum may also equal x + r;
   * use {@link #toBinaryStrict} when the bits must be the canonical ones.
   */
  public static Variable[] toBinary(CircuitBuilder api, Linear x, int n) {
    if (n < 1 || n > FIELD_BITS) {
      throw new IllegalArgumentException("bit count must be 1.." + FIELD_BITS + ", got " + n);
    }
    Variable[] bits;
    try (CircuitBuilder.Scope s = api.scope("bits" + n)) {
      bits = api.hint("decompose", in -> lowBits(in[0], n), n, x);
      for (Variable b : bits) {
        assertBoolean(api, b);
      }
      api.assertEqual(fromBinary(bits), x, "sum");
    }
    return bits;
  }

  private static Fr[] lowBits(Fr x, int n) {
    long[] limbs = x.toCanonicalLimbs();
    Fr[] out = new Fr[n];
    for (int i = 0; i < n; i++) {
      out[i] = ((limbs[i >>> 6] >>> (i & 63)) & 1) == 0 ? Fr.ZERO : Fr.ONE;
    }
    return out;
  }

  /**
   * All 254 bits of {@code x} as the canonical representative (value below r), least significant
   * first: {@link #toBinary} plus a comparison with r - 1, about 2·254 constraints.
   */
  public static Variable[] toBinaryStrict(CircuitBuilder api, Linear x) {
    Variable[] bits = toBinary(api, x, FIELD_BITS);
    try (CircuitBuilder.Scope s = api.scope("alias")) {
      assertAtMost(api, bits, MAX_CANONICAL);
    }
    return bits;
  }

  /** Constrains {@code x} to lie below 2^n. n + 1 constraints. */
  public static void rangeCheck(CircuitBuilder api, Linear x, int n) {
    toBinary(api, x, n);
  }

  /** {@code Σ bits[i]·2^i}. Free. */
  public static LinearCombination fromBinary(Linear[] bits) {
    LinearCombination acc = LinearCombination.zero();
    Fr power = Fr.ONE;
    for (Linear b : bits) {
      acc = acc.addScaled(power, b);
      power = power.add(power);
    }
    return acc;
  }

  /**
   * Constrains the number with these boolean bits (least significant first) to be at most {@code
   * c}. Scanning from the top, p says "equal to c so far": where c has a 1, p becomes p·bit; where
   * c has a 0, the bit must be 0 while p is 1. About one constraint per bit.
   */
  public static void assertAtMost(CircuitBuilder api, Linear[] bits, BigInteger c) {
    if (c.signum() < 0) {
      throw new IllegalArgumentException("negative bound " + c);
    }
    LinearCombination prefixEqual = LinearCombination.constant(Fr.ONE);
    for (int i = bits.length - 1; i >= 0; i--) {
      if (c.testBit(i)) {
        prefixEqual = api.mul(prefixEqual, bits[i], "prefix" + i);
      } else {
        api.assertMul(prefixEqual, bits[i], LinearCombination.zero(), "bit" + i);
      }
    }
  }
}
