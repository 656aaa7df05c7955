package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class BitsTest {

  @Test
  void booleanCheckAcceptsZeroAndOneOnly() {
    CircuitBuilder api = new CircuitBuilder();
    Variable b = api.privateInput("b");
    Bits.assertBoolean(api, b);
    ConstraintSystem cs = api.build();

    assertThat(cs.numConstraints()).isEqualTo(1);
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(b, 0)))).isTrue();
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(b, 1)))).isTrue();
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(b, 2)))).isFalse();
  }

  @Test
  void decompositionYieldsTheBitsLeastSignificantFirst() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    Variable[] bits = Bits.toBinary(api, x, 8);
    ConstraintSystem cs = api.build();
    Witness w = cs.solve(new Assignment().set(x, 0b1011_0010));

    assertThat(cs.numConstraints()).isEqualTo(9);
    assertThat(cs.isSatisfied(w)).isTrue();
    StringBuilder read = new StringBuilder();
    for (int i = bits.length - 1; i >= 0; i--) {
      read.append(w.get(bits[i]));
    }
    assertThat(read.toString()).isEqualTo("10110010");
  }

  @Test
  void aFlippedBitBreaksTheSum() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    Variable[] bits = Bits.toBinary(api, x, 8);
    ConstraintSystem cs = api.build();
    Witness w = cs.solve(new Assignment().set(x, 200));

    Witness flipped = w.with(bits[3], Fr.ONE.sub(w.get(bits[3])));

    assertThat(cs.isSatisfied(flipped)).isFalse();
    assertThat(cs.firstUnsatisfied(flipped).orElseThrow().label()).isEqualTo("bits8/sum");
  }

  @Test
  void aNonBooleanBitIsCaughtEvenWhenTheSumStillMatches() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    Variable[] bits = Bits.toBinary(api, x, 4);
    ConstraintSystem cs = api.build();
    // 2 = 0·1 + 1·2 honestly; 2·1 + 0·2 has the same sum with a non-boolean "bit".
    Witness w = cs.solve(new Assignment().set(x, 2)).with(bits[0], Fr.of(2)).with(bits[1], Fr.ZERO);

    assertThat(cs.firstUnsatisfied(w).orElseThrow().label()).isEqualTo("bits4/bool");
  }

  @Test
  void rangeCheckRejectsValuesOfMoreBits() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    Bits.rangeCheck(api, x, 16);
    ConstraintSystem cs = api.build();

    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(x, 65_535)))).isTrue();
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(x, 65_536)))).isFalse();
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(x, Fr.ONE.neg())))).isFalse();
  }

  @Test
  void strictDecompositionRejectsTheAliasXPlusR() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    Variable[] bits = Bits.toBinaryStrict(api, x);
    ConstraintSystem cs = api.build();
    Fr value = Fr.of(5);
    Witness honest = cs.solve(new Assignment().set(x, value));
    assertThat(cs.isSatisfied(honest)).isTrue();

    // 5 + r < 2^254 has 254 bits summing to 5 in the field: only the alias check rejects them.
    BigInteger alias = value.toBigInteger().add(Fr.MODULUS);
    Witness aliased = honest;
    for (int i = 0; i < bits.length; i++) {
      aliased = aliased.with(bits[i], alias.testBit(i) ? Fr.ONE : Fr.ZERO);
    }
    assertThat(cs.firstUnsatisfied(aliased).orElseThrow().label()).startsWith("alias/");
  }

  @Test
  void strictDecompositionAcceptsTheLargestElement() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    Bits.toBinaryStrict(api, x);
    ConstraintSystem cs = api.build();
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(x, Fr.ONE.neg())))).isTrue();
  }

  @Test
  void atMostComparesWithTheConstantBound() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    Variable[] bits = Bits.toBinary(api, x, 8);
    Bits.assertAtMost(api, bits, BigInteger.valueOf(0b1010_0110));
    ConstraintSystem cs = api.build();

    for (int v = 0; v < 256; v++) {
      Witness w = cs.solve(new Assignment().set(x, v));
      assertThat(cs.isSatisfied(w)).as("value %d", v).isEqualTo(v <= 0b1010_0110);
    }
  }

  @Test
  void fromBinaryIsFree() {
    LinearCombination sum =
        Bits.fromBinary(new LinearCombination[] {LinearCombination.constant(1)});
    assertThat(sum).isEqualTo(LinearCombination.constant(1));
  }
}
