package io.validium.zk.curve;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.field.FieldArbitraries;
import io.validium.zk.field.Fq2;
import java.math.BigInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** G2 is a group of order r inside the twist, and the fast subgroup test agrees with [r]P = 0. */
class G2PropertiesTest {

  private static final BigInteger R = Bn254.ORDER;
  private static final BigInteger Q = Bn254.BASE_FIELD_MODULUS;
  private static final BigInteger COFACTOR = Q.shiftLeft(1).subtract(R);

  @Provide
  Arbitrary<G2> points() {
    return CurveArbitraries.g2();
  }

  @Provide
  Arbitrary<G2> twistPoints() {
    return CurveArbitraries.twistPoints();
  }

  @Provide
  Arbitrary<BigInteger> scalars() {
    return CurveArbitraries.scalars();
  }

  @Provide
  Arbitrary<Fq2> nonZero() {
    return FieldArbitraries.fq2().filter(z -> !z.isZero());
  }

  @Property(tries = 100)
  void additionIsCommutativeAndAssociative(
      @ForAll("points") G2 p, @ForAll("points") G2 q, @ForAll("points") G2 s) {
    assertThat(p.add(q)).isEqualTo(q.add(p));
    assertThat(p.add(q).add(s)).isEqualTo(p.add(q.add(s)));
  }

  @Property(tries = 100)
  void doublingEqualsSelfAddition(@ForAll("points") G2 p, @ForAll("nonZero") Fq2 z) {
    assertThat(rescale(p, z).add(p)).isEqualTo(p.doubled());
    assertThat(p.add(p.toAffine())).isEqualTo(p.doubled());
    assertThat(p.doubled().isOnCurve()).isTrue();
  }

  @Property(tries = 100)
  void negationIsTheInverse(@ForAll("points") G2 p) {
    assertThat(p.add(p.negate()).isInfinity()).isTrue();
    assertThat(p.add(G2.INFINITY)).isEqualTo(p);
  }

  @Property(tries = 50)
  void scalarMultiplicationDistributes(
      @ForAll("points") G2 p, @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    assertThat(p.multiply(a.add(b))).isEqualTo(p.multiply(a).add(p.multiply(b)));
    assertThat(p.multiply(a).multiply(b)).isEqualTo(p.multiply(a.multiply(b).mod(R)));
  }

  @Property(tries = 100)
  void mixedAdditionAgreesWithJacobianAddition(
      @ForAll("points") G2 p, @ForAll("points") G2 q, @ForAll("nonZero") Fq2 z) {
    long[] affine = new long[G2Arith.AFFINE_LIMBS];
    G2Arith arith = new G2Arith();
    if (arith.toAffine(q.m, 0, affine, 0)) {
      long[] mixed = new long[G2Arith.POINT_LIMBS];
      arith.addMixed(rescale(p, z).m, 0, affine, 0, mixed, 0);
      assertThat(G2Arith.toG2(mixed, 0)).isEqualTo(p.add(q));
    }
  }

  @Property(tries = 30)
  void pointsOfG2HaveOrderRAndPassTheSubgroupTest(@ForAll("points") G2 p) {
    assertThat(p.isOnCurve()).isTrue();
    assertThat(p.multiply(R).isInfinity()).isTrue();
    assertThat(p.isInSubgroup()).isTrue();
  }

  @Property(tries = 30)
  void fastSubgroupTestAgreesWithMultiplicationByR(@ForAll("twistPoints") G2 p) {
    assertThat(p.isOnCurve()).isTrue();
    assertThat(p.isInSubgroup()).isEqualTo(p.multiply(R).isInfinity());
  }

  @Property(tries = 20)
  void randomTwistPointsAreOutsideG2UntilTheCofactorIsCleared(@ForAll("twistPoints") G2 p) {
    assertThat(p.isInSubgroup()).isFalse();
    assertThat(p.multiply(R.multiply(COFACTOR)).isInfinity()).isTrue();
    G2 cleared = p.multiply(COFACTOR);
    assertThat(cleared.isInSubgroup()).isTrue();
    assertThat(cleared.multiply(R).isInfinity()).isTrue();
  }

  @Property(tries = 30)
  void psiActsAsMultiplicationByQOnG2(@ForAll("points") G2 p) {
    assertThat(p.psi()).isEqualTo(p.multiply(Q.mod(R)));
    assertThat(p.psi().isOnCurve()).isTrue();
  }

  @Property(tries = 30)
  void pointsOffTheTwistAreRejected(@ForAll("points") G2 p) {
    if (!p.isInfinity()) {
      G2 moved = G2.fromAffine(p.x(), p.y().add(Fq2.ONE));
      assertThat(moved.isOnCurve()).isFalse();
      assertThat(moved.isInSubgroup()).isFalse();
    }
  }

  static G2 rescale(G2 p, Fq2 z) {
    Fq2 z2 = z.square();
    return G2.fromJacobian(
        p.jacobianX().mul(z2), p.jacobianY().mul(z2).mul(z), p.jacobianZ().mul(z));
  }
}
