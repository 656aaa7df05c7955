package io.validium.zk.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FqTest {

  private static final BigInteger Q =
      new BigInteger(
          "21888242871839275222246405745257275088696311157297823662689037894645226208583");

  @Test
  void modulusIsTheBn254BaseFieldPrime() {
    assertThat(Fq.MODULUS).isEqualTo(Q);
    assertThat(Q.isProbablePrime(64)).isTrue();
  }

  @Test
  void montgomeryFactorIsMinusTheInverseOfQModuloTwoToThe64() {
    long product = FqArith.INV * FqArith.Q0;
    assertThat(product).isEqualTo(-1L);
  }

  @Test
  void constantsHaveTheirValues() {
    assertThat(Fq.ZERO.toBigInteger()).isZero();
    assertThat(Fq.ONE.toBigInteger()).isEqualTo(BigInteger.ONE);
    assertThat(Fq.of(7).toBigInteger()).isEqualTo(BigInteger.valueOf(7));
    assertThat(Fq.ONE.isOne()).isTrue();
    assertThat(Fq.ZERO.isZero()).isTrue();
  }

  @Test
  void minusOneSquaredIsOne() {
    Fq minusOne = Fq.fromBigInteger(Q.subtract(BigInteger.ONE));
    assertThat(minusOne.square()).isEqualTo(Fq.ONE);
    assertThat(minusOne.add(Fq.ONE)).isEqualTo(Fq.ZERO);
  }

  @Test
  void negativeOneIsNotASquareBecauseQIsThreeModFour() {
    assertThat(Q.testBit(0) && Q.testBit(1)).isTrue();
    assertThat(Fq.ONE.neg().sqrt()).isEmpty();
  }

  @Test
  void rejectsValuesOutsideTheField() {
    assertThatThrownBy(() -> Fq.fromBigInteger(Q)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fq.fromBigInteger(BigInteger.ONE.negate()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fq.fromDecimal(Q.toString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fq.fromDecimal("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fq.fromDecimal(" 1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fq.fromDecimal("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fq.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zeroHasNoInverse() {
    assertThatThrownBy(Fq.ZERO::inverse).isInstanceOf(ArithmeticException.class);
  }
}
