package io.validium.zk.curve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NafPropertiesTest {

  @Provide
  Arbitrary<BigInteger> integers() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ONE.shiftLeft(300).negate(), BigInteger.ONE.shiftLeft(300));
  }

  @Property
  void digitsSumToTheIntegerWithNoAdjacentNonZeros(@ForAll("integers") BigInteger k) {
    byte[] naf = Naf.of(k);
    BigInteger sum = BigInteger.ZERO;
    for (int i = naf.length - 1; i >= 0; i--) {
      assertThat((int) naf[i]).isBetween(-1, 1);
      if (i > 0) {
        assertThat(naf[i] != 0 && naf[i - 1] != 0).isFalse();
      }
      sum = sum.shiftLeft(1).add(BigInteger.valueOf(naf[i]));
    }
    assertThat(sum).isEqualTo(k);
    assertThat(naf.length).isLessThanOrEqualTo(k.abs().bitLength() + 1);
  }
}
