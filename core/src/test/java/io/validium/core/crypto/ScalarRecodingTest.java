package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ScalarRecodingTest {

  @Provide
  Arbitrary<BigInteger> below2To255() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE));
  }

  @Provide
  Arbitrary<BigInteger> anySize() {
    return Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(520));
  }

  @Property
  void limbsRoundTrip(@ForAll("anySize") BigInteger k) {
    assertThat(value(ScalarRecoding.limbs(k))).isEqualTo(k);
  }

  @Property
  void signedRadix16DigitsSumToTheScalar(@ForAll("below2To255") BigInteger k) {
    byte[] digits = ScalarRecoding.signedRadix16(ScalarRecoding.limbs(k, 4));
    BigInteger sum = BigInteger.ZERO;
    for (int i = digits.length - 1; i >= 0; i--) {
      assertThat((int) digits[i]).isBetween(-8, 8);
      sum = sum.shiftLeft(4).add(BigInteger.valueOf(digits[i]));
    }
    assertThat(sum).isEqualTo(k);
  }

  @Property
  void wnafDigitsAreOddSparseAndSumToTheScalar(
      @ForAll("anySize") BigInteger k, @ForAll @IntRange(min = 2, max = 7) int w) {
    byte[] naf = ScalarRecoding.wnaf(ScalarRecoding.limbs(k), w);
    BigInteger sum = BigInteger.ZERO;
    int lastNonZero = Integer.MAX_VALUE;
    for (int i = naf.length - 1; i >= 0; i--) {
      int d = naf[i];
      if (d != 0) {
        assertThat(d & 1).isEqualTo(1);
        assertThat(Math.abs(d)).isLessThan(1 << (w - 1));
        assertThat(lastNonZero - i).isGreaterThanOrEqualTo(w);
        lastNonZero = i;
      }
      sum = sum.shiftLeft(1).add(BigInteger.valueOf(d));
    }
    assertThat(sum).isEqualTo(k);
  }

  @Test
  void fixedBaseRecodingRejectsScalarsOf255BitsOrMore() {
    long[] big = ScalarRecoding.limbs(BigInteger.ONE.shiftLeft(255), 4);
    assertThatThrownBy(() -> ScalarRecoding.signedRadix16(big))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fixedLengthLimbsRejectAScalarThatDoesNotFit() {
    assertThatThrownBy(() -> ScalarRecoding.limbs(BigInteger.ONE.shiftLeft(256), 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScalarRecoding.limbs(BigInteger.ONE.negate()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BigInteger value(long[] limbs) {
    BigInteger v = BigInteger.ZERO;
    for (int i = limbs.length - 1; i >= 0; i--) {
      v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(limbs[i])));
    }
    return v;
  }
}
