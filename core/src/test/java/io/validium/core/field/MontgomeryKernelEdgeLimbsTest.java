package io.validium.core.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The kernels on Montgomery limbs chosen at the edges of the signed-digit recoding and of the
 * column carries (limbs 0, 1, 2^63 - 1, 2^63, 2^64 - 1), which uniform field elements almost never
 * produce, against BigInteger: x·y·2^-256 mod r and its square, S-box, dot (seven and the unrolled
 * two and three terms) and multiply-add forms.
 */
class MontgomeryKernelEdgeLimbsTest {

  private static final BigInteger R = FrArith.MODULUS;
  private static final BigInteger R_INV = BigInteger.ONE.shiftLeft(256).modInverse(R);

  @Provide
  Arbitrary<long[]> limbs() {
    Arbitrary<Long> limb =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.longs()),
            Tuple.of(7, Arbitraries.of(0L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, -1L, 1L << 32)));
    return Combinators.combine(limb, limb, limb, limb)
        .as((a, b, c, d) -> new long[] {a, b, c, d})
        .map(MontgomeryKernelEdgeLimbsTest::belowModulus);
  }

  /** Clears top bits until the value is below r, keeping the low limbs' edge patterns. */
  private static long[] belowModulus(long[] l) {
    long[] out = l.clone();
    out[3] &= 0x1fffffffffffffffL;
    if (FrArith.toBigInteger(out, 0).compareTo(R) >= 0) {
      out[3] &= 0x0fffffffffffffffL;
    }
    return out;
  }

  private static BigInteger value(long[] l) {
    return FrArith.toBigInteger(l, 0);
  }

  private static BigInteger montgomery(BigInteger product) {
    return product.multiply(R_INV).mod(R);
  }

  @Property(tries = 2000)
  void mulSquareAndPow5MatchBigInteger(@ForAll("limbs") long[] x, @ForAll("limbs") long[] y) {
    long[] out = new long[4];
    FrArith.mul(x, 0, y, 0, out, 0);
    assertThat(value(out)).isEqualTo(montgomery(value(x).multiply(value(y))));
    FrArith.square(x, 0, out, 0);
    assertThat(value(out)).isEqualTo(montgomery(value(x).multiply(value(x))));
    FrArith.pow5(x, 0, out, 0);
    BigInteger x2 = montgomery(value(x).pow(2));
    BigInteger x4 = montgomery(x2.pow(2));
    assertThat(value(out)).isEqualTo(montgomery(x4.multiply(value(x))));
  }

  @Property(tries = 2000)
  void mulPlusAndDotMatchBigInteger(
      @ForAll("limbs") long[] x, @ForAll("limbs") long[] y, @ForAll("limbs") long[] c) {
    long[] out = new long[4];
    FrArith.mulPlus(x, 0, y, 0, c, 0, out, 0);
    BigInteger xy = value(x).multiply(value(y));
    assertThat(value(out)).isEqualTo(montgomery(xy).add(value(c)).mod(R));
    List<long[]> terms = List.of(x, y, c, x, y, c, x);
    long[] a = new long[7 * 4];
    long[] b = new long[7 * 4];
    BigInteger sum = BigInteger.ZERO;
    for (int k = 0; k < 7; k++) {
      System.arraycopy(terms.get(k), 0, a, 4 * k, 4);
      System.arraycopy(terms.get((k + 1) % 7), 0, b, 4 * k, 4);
      sum = sum.add(value(terms.get(k)).multiply(value(terms.get((k + 1) % 7))));
    }
    FrArith.dotPlus(a, 0, b, 0, 7, c, 0, out, 0);
    assertThat(value(out)).isEqualTo(montgomery(sum).add(value(c)).mod(R));
    for (int n = 2; n <= 3; n++) {
      BigInteger unrolled = BigInteger.ZERO;
      for (int k = 0; k < n; k++) {
        unrolled = unrolled.add(value(terms.get(k)).multiply(value(terms.get((k + 1) % 7))));
      }
      FrArith.dotPlus(a, 0, b, 0, n, c, 0, out, 0);
      assertThat(value(out)).as("%d terms", n).isEqualTo(montgomery(unrolled).add(value(c)).mod(R));
    }
  }
}
