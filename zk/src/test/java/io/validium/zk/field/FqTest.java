package io.validium.zk.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
  void productsOfEdgeMontgomeryLimbsAreFullyReduced() {
    // The kernel recodes limbs to signed digits and skips normalisations on the strength of range
    // bounds, so sweep limbs at the sign boundaries and raw Montgomery values up to q-1, checking
    // the limbs themselves against x·y·2^-256 mod q (not through conversions that use the kernel).
    List<long[]> edges = new ArrayList<>();
    long[] low = {0, 1, Long.MAX_VALUE, Long.MIN_VALUE, -1};
    long[] top = {0, 1, FqArith.Q3 - 1, FqArith.Q3};
    for (long l0 : low) {
      for (long l1 : low) {
        for (long l2 : low) {
          for (long l3 : top) {
            long[] m = {l0, l1, l2, l3};
            if (FqArith.toBigInteger(m, 0).compareTo(Q) < 0) {
              edges.add(m);
            }
          }
        }
      }
    }
    edges.add(new long[] {FqArith.Q0 - 1, FqArith.Q1, FqArith.Q2, FqArith.Q3});
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200; i++) {
      long[] m = {random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()};
      m[3] &= (1L << 62) - 1;
      if (FqArith.toBigInteger(m, 0).compareTo(Q) < 0) {
        edges.add(m);
      }
    }
    BigInteger rInverse = BigInteger.ONE.shiftLeft(256).modInverse(Q);
    long[] out = new long[4];
    for (long[] x : edges) {
      BigInteger vx = FqArith.toBigInteger(x, 0);
      FqArith.square(x, 0, out, 0);
      assertThat(FqArith.toBigInteger(out, 0)).isEqualTo(vx.pow(2).multiply(rInverse).mod(Q));
      for (long[] y : edges) {
        BigInteger vy = FqArith.toBigInteger(y, 0);
        FqArith.mul(x, 0, y, 0, out, 0);
        assertThat(FqArith.toBigInteger(out, 0))
            .isEqualTo(vx.multiply(vy).multiply(rInverse).mod(Q));
      }
    }
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
