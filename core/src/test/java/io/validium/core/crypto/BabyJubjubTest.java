package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BabyJubjubTest {

  private static final BigInteger L = BabyJubjub.SUBGROUP_ORDER;
  private static final BabyJubjubPoint B8 = BabyJubjub.BASE8;

  /** (0, -1) has order 2, so it is on the curve but outside the subgroup. */
  private static final BabyJubjubPoint ORDER_TWO = BabyJubjubPoint.of(Fr.ZERO, Fr.ONE.neg());

  static List<BabyJubjubFixture.ScalarMultiple> scalarMultiples() {
    return BabyJubjubFixture.scalarMultiples();
  }

  @Test
  void curveParametersMatchTheFixture() {
    var curve = BabyJubjubFixture.curve();
    assertThat(BabyJubjub.A).isEqualTo(BabyJubjubFixture.fr(curve.get("a")));
    assertThat(BabyJubjub.D).isEqualTo(BabyJubjubFixture.fr(curve.get("d")));
    assertThat(Fr.MODULUS).isEqualTo(BabyJubjubFixture.integer(curve.get("field")));
    assertThat(L).isEqualTo(BabyJubjubFixture.integer(curve.get("subOrder")));
    assertThat(B8.x()).isEqualTo(BabyJubjubFixture.fr(curve.get("base8").get(0)));
    assertThat(B8.y()).isEqualTo(BabyJubjubFixture.fr(curve.get("base8").get(1)));
  }

  @ParameterizedTest
  @MethodSource("scalarMultiples")
  void fixedBaseMultiplicationMatchesCircomlibjs(BabyJubjubFixture.ScalarMultiple v) {
    BabyJubjubPoint p = BabyJubjub.multiplyBase8(v.scalar());
    assertThat(p.x()).isEqualTo(v.x());
    assertThat(p.y()).isEqualTo(v.y());
  }

  @ParameterizedTest
  @MethodSource("scalarMultiples")
  void variableBaseMultiplicationMatchesCircomlibjs(BabyJubjubFixture.ScalarMultiple v) {
    assertThat(B8.multiply(v.scalar())).isEqualTo(BabyJubjubPoint.of(v.x(), v.y()));
  }

  @Test
  void smallMultiplesEqualRepeatedAddition() {
    BabyJubjubPoint sum = BabyJubjubPoint.IDENTITY;
    for (int k = 0; k <= 40; k++) {
      BigInteger scalar = BigInteger.valueOf(k);
      assertThat(B8.multiply(scalar)).as("%d·B8", k).isEqualTo(sum);
      assertThat(BabyJubjub.multiplyBase8(scalar)).as("table %d·B8", k).isEqualTo(sum);
      sum = sum.add(B8);
    }
  }

  @Test
  void identityIsNeutralForAddition() {
    BabyJubjubPoint p = B8.multiply(BigInteger.valueOf(12345));
    assertThat(p.add(BabyJubjubPoint.IDENTITY)).isEqualTo(p);
    assertThat(BabyJubjubPoint.IDENTITY.add(p)).isEqualTo(p);
    assertThat(BabyJubjubPoint.IDENTITY.add(BabyJubjubPoint.IDENTITY).isIdentity()).isTrue();
  }

  @Test
  void pointPlusItsNegationIsIdentity() {
    BabyJubjubPoint p = B8.multiply(BigInteger.valueOf(987654321));
    assertThat(p.add(p.negate()).isIdentity()).isTrue();
    assertThat(B8.multiply(BigInteger.valueOf(-5)))
        .isEqualTo(B8.multiply(BigInteger.valueOf(5)).negate());
  }

  @Test
  void doublingEqualsAddingAPointToItself() {
    BabyJubjubPoint p = B8.multiply(BigInteger.valueOf(777));
    assertThat(p.add(p)).isEqualTo(p.multiply(BigInteger.TWO));
  }

  @Test
  void base8GeneratesTheSubgroupOfOrderL() {
    assertThat(B8.isInSubgroup()).isTrue();
    assertThat(B8.multiply(L).isIdentity()).isTrue();
    assertThat(B8.multiply(L.subtract(BigInteger.ONE))).isEqualTo(B8.negate());
    assertThat(BabyJubjub.multiplyBase8(L).isIdentity()).isTrue();
    assertThat(BabyJubjub.multiplyBase8(L.subtract(BigInteger.ONE))).isEqualTo(B8.negate());
  }

  @Test
  void smallOrderPointsAreOutsideTheSubgroup() {
    assertThat(ORDER_TWO.isInSubgroup()).isFalse();
    assertThat(ORDER_TWO.add(ORDER_TWO).isIdentity()).isTrue();
    assertThat(B8.add(ORDER_TWO).isInSubgroup()).isFalse();
    assertThat(B8.add(ORDER_TWO).multiply(BigInteger.valueOf(BabyJubjub.COFACTOR)))
        .isEqualTo(B8.multiply(BigInteger.valueOf(BabyJubjub.COFACTOR)));
  }

  @Test
  void multiplicationByAScalarAboveLIsNotReducedForPointsOutsideTheSubgroup() {
    BabyJubjubPoint mixed = B8.add(ORDER_TWO);
    // l is odd, so l·(B8 + T2) = T2, not the identity a reduced scalar would give.
    assertThat(mixed.multiply(L)).isEqualTo(ORDER_TWO);
  }

  @Test
  void fixedBaseMultiplicationReducesModL() {
    BigInteger k = new BigInteger("123456789012345678901234567890");
    BabyJubjubPoint expected = BabyJubjub.multiplyBase8(k);
    assertThat(BabyJubjub.multiplyBase8(k.add(L.shiftLeft(3)))).isEqualTo(expected);
    assertThat(BabyJubjub.multiplyBase8(k.negate())).isEqualTo(expected.negate());
  }

  @Test
  void rejectsPointsOffTheCurve() {
    Fr y = B8.y().add(Fr.ONE);
    assertThat(BabyJubjub.isOnCurve(B8.x(), y)).isFalse();
    assertThatThrownBy(() -> BabyJubjubPoint.of(B8.x(), y))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BabyJubjubPoint.of(Fr.ONE, Fr.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BabyJubjubPoint.of(Fr.ZERO, Fr.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pointsWithEqualCoordinatesAreEqual() {
    BabyJubjubPoint copy = BabyJubjubPoint.of(B8.x(), B8.y());
    assertThat(copy).isEqualTo(B8).hasSameHashCodeAs(B8);
    assertThat(copy).isNotEqualTo(B8.negate());
  }
}
