package io.validium.zk.curve;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.field.Fq;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

  private static final BigInteger R = Bn254.ORDER;

  @Test
  void g1GeneratorIsOneTwoAndHasOrderR() {
    assertThat(G1.GENERATOR.x()).isEqualTo(Fq.ONE);
    assertThat(G1.GENERATOR.y()).isEqualTo(Fq.of(2));
    assertThat(G1.GENERATOR.isOnCurve()).isTrue();
    assertThat(G1.GENERATOR.multiply(R).isInfinity()).isTrue();
    assertThat(G1.GENERATOR.multiply(R.subtract(BigInteger.ONE))).isEqualTo(G1.GENERATOR.negate());
  }

  @Test
  void g2GeneratorIsOnTheTwistAndHasOrderR() {
    assertThat(G2.GENERATOR.isOnCurve()).isTrue();
    assertThat(G2.GENERATOR.isInSubgroup()).isTrue();
    assertThat(G2.GENERATOR.multiply(R).isInfinity()).isTrue();
    assertThat(G2.GENERATOR.multiply(R.subtract(BigInteger.ONE))).isEqualTo(G2.GENERATOR.negate());
  }

  @Test
  void smallMultiplesAreNotTheIdentity() {
    for (int k = 1; k <= 16; k++) {
      assertThat(G1.GENERATOR.multiply(BigInteger.valueOf(k)).isInfinity()).isFalse();
      assertThat(G2.GENERATOR.multiply(BigInteger.valueOf(k)).isInfinity()).isFalse();
    }
  }

  @Test
  void infinityBehavesAsTheIdentity() {
    assertThat(G1.INFINITY.isInfinity()).isTrue();
    assertThat(G1.INFINITY.isOnCurve()).isTrue();
    assertThat(G1.INFINITY.doubled().isInfinity()).isTrue();
    assertThat(G1.INFINITY.negate().isInfinity()).isTrue();
    assertThat(G1.INFINITY.toAffine()).isSameAs(G1.INFINITY);
    assertThat(G1.INFINITY.multiply(BigInteger.TEN).isInfinity()).isTrue();
    assertThat(G2.INFINITY.isInSubgroup()).isTrue();
    assertThat(G2.INFINITY.doubled().isInfinity()).isTrue();
    assertThat(G1.GENERATOR.multiply(BigInteger.ZERO).isInfinity()).isTrue();
    assertThat(G1.INFINITY).hasToString("infinity");
  }
}
