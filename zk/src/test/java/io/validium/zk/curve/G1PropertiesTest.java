package io.validium.zk.curve;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.field.FieldArbitraries;
import io.validium.zk.field.Fq;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** G1 is a group of order r, and the Jacobian formulas agree with each other. */
class G1PropertiesTest {

  private static final BigInteger R = Bn254.ORDER;

  @Provide
  Arbitrary<G1> points() {
    return CurveArbitraries.g1();
  }

  @Provide
  Arbitrary<BigInteger> scalars() {
    return CurveArbitraries.scalars();
  }

  @Provide
  Arbitrary<Fq> nonZero() {
    return FieldArbitraries.fq().filter(z -> !z.isZero());
  }

  @Property(tries = 200)
  void additionIsCommutativeAndAssociative(
      @ForAll("points") G1 p, @ForAll("points") G1 q, @ForAll("points") G1 s) {
    assertThat(p.add(q)).isEqualTo(q.add(p));
    assertThat(p.add(q).add(s)).isEqualTo(p.add(q.add(s)));
  }

  @Property(tries = 200)
  void doublingEqualsSelfAddition(@ForAll("points") G1 p) {
    assertThat(p.add(p)).isEqualTo(p.doubled());
    assertThat(p.add(p.toAffine())).isEqualTo(p.doubled());
    assertThat(p.doubled().isOnCurve()).isTrue();
  }

  @Property(tries = 200)
  void negationIsTheInverse(@ForAll("points") G1 p) {
    assertThat(p.add(p.negate())).isEqualTo(G1.INFINITY);
    assertThat(p.subtract(p).isInfinity()).isTrue();
    assertThat(p.add(G1.INFINITY)).isEqualTo(p);
    assertThat(G1.INFINITY.add(p)).isEqualTo(p);
  }

  @Property(tries = 100)
  void scalarMultiplicationDistributes(
      @ForAll("points") G1 p, @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    assertThat(p.multiply(a.add(b))).isEqualTo(p.multiply(a).add(p.multiply(b)));
    assertThat(p.multiply(a).multiply(b)).isEqualTo(p.multiply(a.multiply(b).mod(R)));
    assertThat(p.multiply(a.negate())).isEqualTo(p.multiply(a).negate());
    assertThat(p.multiply(Fr.fromBigInteger(a))).isEqualTo(p.multiply(a));
  }

  @Property(tries = 50)
  void linearCombinationEqualsTheSumOfProducts(
      @ForAll("points") G1 p,
      @ForAll("points") G1 q,
      @ForAll("scalars") BigInteger a,
      @ForAll("scalars") BigInteger b,
      @ForAll("nonZero") Fq z) {
    G1 expected = p.multiply(a).add(q.multiply(b));
    assertThat(G1.linearCombination(List.of(rescale(p, z), q), List.of(a, b))).isEqualTo(expected);
    assertThat(G1.linearCombination(List.of(p, p), List.of(a, a.negate())).isInfinity()).isTrue();
    assertThat(G1.linearCombination(List.of(), List.of()).isInfinity()).isTrue();
  }

  @Property(tries = 50)
  void everyPointHasOrderR(@ForAll("points") G1 p) {
    assertThat(p.multiply(R).isInfinity()).isTrue();
    assertThat(p.multiply(R.add(BigInteger.ONE))).isEqualTo(p);
  }

  @Property(tries = 200)
  void mixedAdditionAgreesWithJacobianAddition(
      @ForAll("points") G1 p, @ForAll("points") G1 q, @ForAll("nonZero") Fq z) {
    G1 scaled = rescale(p, z);
    assertThat(scaled).isEqualTo(p);
    long[] affine = new long[G1Arith.AFFINE_LIMBS];
    G1Arith arith = new G1Arith();
    if (arith.toAffine(q.m, 0, affine, 0)) {
      long[] mixed = new long[G1Arith.POINT_LIMBS];
      arith.addMixed(scaled.m, 0, affine, 0, mixed, 0);
      assertThat(G1Arith.toG1(mixed, 0)).isEqualTo(p.add(q)).isEqualTo(scaled.add(rescale(q, z)));
    }
  }

  @Property(tries = 200)
  void affineConversionKeepsThePoint(@ForAll("points") G1 p, @ForAll("nonZero") Fq z) {
    G1 affine = rescale(p, z).toAffine();
    assertThat(affine).isEqualTo(p);
    if (!p.isInfinity()) {
      assertThat(affine.jacobianZ()).isEqualTo(Fq.ONE);
      assertThat(affine.jacobianX()).isEqualTo(p.x());
      assertThat(G1.fromAffine(p.x(), p.y())).isEqualTo(p);
      assertThat(rescale(p, z).hashCode()).isEqualTo(p.hashCode());
    }
  }

  @Property(tries = 200)
  void pointsOffTheCurveAreRecognised(@ForAll("points") G1 p) {
    if (!p.isInfinity()) {
      G1 moved = G1.fromAffine(p.x(), p.y().add(Fq.ONE));
      assertThat(moved.isOnCurve()).isFalse();
      assertThat(moved.isInSubgroup()).isFalse();
      assertThat(p.isOnCurve()).isTrue();
    }
  }

  /** The same point as (X·z², Y·z³, Z·z). */
  static G1 rescale(G1 p, Fq z) {
    Fq z2 = z.square();
    return G1.fromJacobian(
        p.jacobianX().mul(z2), p.jacobianY().mul(z2).mul(z), p.jacobianZ().mul(z));
  }
}
