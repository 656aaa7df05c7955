package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Group-law properties, with the fixed-base table and the wNAF path checked against each other. */
class BabyJubjubPropertiesTest {

  private static final BigInteger L = BabyJubjub.SUBGROUP_ORDER;
  private static final BabyJubjubPoint B8 = BabyJubjub.BASE8;

  @Provide
  Arbitrary<BigInteger> scalars() {
    return Arbitraries.bigIntegers().between(BigInteger.ZERO, L.subtract(BigInteger.ONE));
  }

  @Provide
  Arbitrary<BigInteger> hugeScalars() {
    return Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(300));
  }

  @Property(tries = 200)
  void fixedBaseAgreesWithVariableBase(@ForAll("scalars") BigInteger k) {
    assertThat(BabyJubjub.multiplyBase8(k)).isEqualTo(B8.multiply(k));
  }

  @Property(tries = 100)
  void multiplicationDistributesOverScalarAddition(
      @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    assertThat(BabyJubjub.multiplyBase8(a.add(b)))
        .isEqualTo(BabyJubjub.multiplyBase8(a).add(BabyJubjub.multiplyBase8(b)));
  }

  @Property(tries = 100)
  void multiplesOfBase8DependOnlyOnTheScalarModL(@ForAll("hugeScalars") BigInteger k) {
    assertThat(B8.multiply(k)).isEqualTo(BabyJubjub.multiplyBase8(k.mod(L)));
  }

  @Property(tries = 100)
  void additionIsCommutativeAndAssociative(
      @ForAll("scalars") BigInteger a,
      @ForAll("scalars") BigInteger b,
      @ForAll("scalars") BigInteger c) {
    BabyJubjubPoint p = BabyJubjub.multiplyBase8(a);
    BabyJubjubPoint q = BabyJubjub.multiplyBase8(b);
    BabyJubjubPoint r = BabyJubjub.multiplyBase8(c);
    assertThat(p.add(q)).isEqualTo(q.add(p));
    assertThat(p.add(q).add(r)).isEqualTo(p.add(q.add(r)));
  }

  @Property(tries = 50)
  void multiplicationComposes(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    assertThat(BabyJubjub.multiplyBase8(a).multiply(b))
        .isEqualTo(BabyJubjub.multiplyBase8(a.multiply(b)));
  }

  @Property(tries = 50)
  void everyMultipleOfBase8IsOnTheCurveAndInTheSubgroup(@ForAll("scalars") BigInteger k) {
    BabyJubjubPoint p = BabyJubjub.multiplyBase8(k);
    assertThat(BabyJubjub.isOnCurve(p.x(), p.y())).isTrue();
    assertThat(p.isInSubgroup()).isTrue();
  }

  @Property(tries = 100)
  void fixedBaseMultipleAddsOntoAVariableBaseProduct(
      @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    // Verification chains the two engines; even a (last wNAF digit 0) once left a stale T behind.
    EdwardsPoint acc = new EdwardsPoint();
    WnafMultiplier.multiply(B8.extended(), ScalarRecoding.limbs(a), acc);
    Base8Table.addMultiple(ScalarRecoding.limbs(b, 4), acc);
    assertThat(acc.toAffine()).isEqualTo(BabyJubjub.multiplyBase8(a.add(b)));
  }
}
