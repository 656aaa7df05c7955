package io.validium.zk.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The base-field kernel on Montgomery limbs chosen at the edges of the signed-digit recoding and of
 * the column carries (limbs 0, 1, 2^63 - 1, 2^63, 2^64 - 1), which uniform field elements almost
 * never produce, against BigInteger: x·y·2^-256 mod q and x²·2^-256 mod q.
 */
class FqKernelEdgeLimbsTest {

  private static final BigInteger Q = FqArith.MODULUS;
  private static final BigInteger R_INV = BigInteger.ONE.shiftLeft(256).modInverse(Q);

  @Provide
  Arbitrary<long[]> limbs() {
    Arbitrary<Long> limb =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.longs()),
            Tuple.of(7, Arbitraries.of(0L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, -1L, 1L << 32)));
    return Combinators.combine(limb, limb, limb, limb)
        .as((a, b, c, d) -> new long[] {a, b, c, d})
        .map(FqKernelEdgeLimbsTest::belowModulus);
  }

  /** Clears top bits until the value is below q, keeping the low limbs' edge patterns. */
  private static long[] belowModulus(long[] l) {
    long[] out = l.clone();
    out[3] &= 0x1fffffffffffffffL;
    if (FqArith.toBigInteger(out, 0).compareTo(Q) >= 0) {
      out[3] &= 0x0fffffffffffffffL;
    }
    return out;
  }

  private static BigInteger value(long[] l) {
    return FqArith.toBigInteger(l, 0);
  }

  private static BigInteger montgomery(BigInteger product) {
    return product.multiply(R_INV).mod(Q);
  }

  @Property(tries = 3000)
  void mulAndSquareMatchBigInteger(@ForAll("limbs") long[] x, @ForAll("limbs") long[] y) {
    long[] out = new long[4];
    FqArith.mul(x, 0, y, 0, out, 0);
    assertThat(value(out)).isEqualTo(montgomery(value(x).multiply(value(y))));
    FqArith.square(x, 0, out, 0);
    assertThat(value(out)).isEqualTo(montgomery(value(x).multiply(value(x))));
  }

  @Property(tries = 1000)
  void mulAndSquareAliasTheirOutput(@ForAll("limbs") long[] x, @ForAll("limbs") long[] y) {
    BigInteger expected = montgomery(value(x).multiply(value(y)));
    long[] xy = x.clone();
    FqArith.mul(xy, 0, y, 0, xy, 0);
    assertThat(value(xy)).isEqualTo(expected);
    long[] sq = x.clone();
    FqArith.square(sq, 0, sq, 0);
    assertThat(value(sq)).isEqualTo(montgomery(value(x).pow(2)));
  }
}
