package io.validium.zk.msm;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Signed window digits recompose the scalar and stay within the buckets. */
class ScalarsPropertiesTest {

  @Property(tries = 300)
  void digitsRecomposeTheScalar(@ForAll @IntRange(min = 1, max = 20) int c, @ForAll long seed) {
    Random random = new Random(seed);
    BigInteger k =
        switch (random.nextInt(4)) {
          case 0 -> Fr.MODULUS.subtract(BigInteger.ONE);
          case 1 -> BigInteger.ONE.shiftLeft(random.nextInt(254)).subtract(BigInteger.ONE);
          default -> MsmInputs.randomScalar(random);
        };
    long[] limbs = Fr.fromBigInteger(k).toCanonicalLimbs();

    BigInteger sum = BigInteger.ZERO;
    int windows = Scalars.windows(c);
    for (int w = 0; w < windows; w++) {
      int d = Scalars.digit(limbs, 0, Scalars.start(c, w), Scalars.width(c, w));
      assertThat(Scalars.width(c, w)).isBetween(1, c);
      assertThat(Math.abs(d)).isLessThanOrEqualTo(Pippenger.bucketCount(c, w));
      sum = sum.add(BigInteger.valueOf(d).shiftLeft(Scalars.start(c, w)));
    }
    int top = windows - 1;
    assertThat(Scalars.start(c, top) + Scalars.width(c, top)).isEqualTo(Scalars.DIGIT_BITS);
    assertThat(Scalars.digit(limbs, 0, Scalars.start(c, top), Scalars.width(c, top)))
        .isNotNegative();
    assertThat(sum).isEqualTo(k);
  }
}
