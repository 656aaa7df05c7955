package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.crypto.BabyJubjub;
import io.validium.core.crypto.BabyJubjubPoint;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Witness;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BabyJubjubGadgetPropertiesTest {

  private static final BabyJubjubGadgetTest.ScalarMulCircuit VARIABLE_BASE =
      BabyJubjubGadgetTest.VARIABLE_BASE;
  private static final BabyJubjubGadgetTest.ScalarMulCircuit FIXED_BASE8 =
      BabyJubjubGadgetTest.FIXED_BASE8;

  @Provide
  Arbitrary<BigInteger> scalars() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(251).subtract(BigInteger.ONE));
  }

  @Property(tries = 20)
  void variableBaseMultiplicationEqualsCore(
      @ForAll("scalars") BigInteger k, @ForAll("scalars") BigInteger pointScalar) {
    BabyJubjubPoint p = BabyJubjub.multiplyBase8(pointScalar);
    Witness w = VARIABLE_BASE.solve(k, p);
    assertThat(VARIABLE_BASE.cs().isSatisfied(w)).isTrue();
    assertThat(BabyJubjubGadgetTest.point(w, VARIABLE_BASE.out())).isEqualTo(p.multiply(k));
  }

  @Property(tries = 20)
  void variableBaseMultiplicationEqualsCoreOutsideTheSubgroup(@ForAll("scalars") BigInteger k) {
    // B8 plus the point (0, -1) of order 2 has order 2l, so the gadget cannot rely on l·P = 0.
    BabyJubjubPoint p = BabyJubjub.BASE8.add(BabyJubjubPoint.of(Fr.ZERO, Fr.ONE.neg()));
    Witness w = VARIABLE_BASE.solve(k, p);
    assertThat(VARIABLE_BASE.cs().isSatisfied(w)).isTrue();
    assertThat(BabyJubjubGadgetTest.point(w, VARIABLE_BASE.out())).isEqualTo(p.multiply(k));
  }

  @Property(tries = 40)
  void fixedBaseMultiplicationEqualsCore(@ForAll("scalars") BigInteger k) {
    Witness w = FIXED_BASE8.solve(k, null);
    assertThat(FIXED_BASE8.cs().isSatisfied(w)).isTrue();
    assertThat(BabyJubjubGadgetTest.point(w, FIXED_BASE8.out()))
        .isEqualTo(BabyJubjub.multiplyBase8(k));
  }
}
