package io.validium.zk.gadgets;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Linear;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import java.math.BigInteger;

/** Comparisons of n-bit values. */
public final class Comparators {

  /** Widest comparison: a + 2^n - b must not wrap around r. */
  public static final int MAX_BITS = Bits.FIELD_BITS - 2;

  private Comparators() {}

  /**
   * 1 if a < b, else 0, for a and b already known to lie below 2^n (n <= 252); the caller must
   * range-check them, since out-of-range operands make the result meaningless. a + 2^n - b lies in
   * [0, 2^(n+1)) and has bit n set exactly when a >= b. n + 2 constraints.
   */
  public static LinearCombination lessThan(CircuitBuilder api, Linear a, Linear b, int n) {
    if (n < 1 || n > MAX_BITS) {
      throw new IllegalArgumentException("bit count must be 1.." + MAX_BITS + ", got " + n);
    }
    try (CircuitBuilder.Scope s = api.scope("lessThan" + n)) {
      LinearCombination shifted =
          a.toLinearCombination().add(Fr.fromBigInteger(BigInteger.ONE.shiftLeft(n))).sub(b);
      Variable[] bits = Bits.toBinary(api, shifted, n + 1);
      return LinearCombination.constant(Fr.ONE).sub(bits[n]);
    }
  }

  /** Constrains a < b for a and b below 2^n, as {@link #lessThan} would return 1. */
  public static void assertLessThan(CircuitBuilder api, Linear a, Linear b, int n) {
    LinearCombination less = lessThan(api, a, b, n);
    api.assertEqual(less, LinearCombination.constant(Fr.ONE), "lessThan");
  }
}
