package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectTest {

  @ParameterizedTest
  @CsvSource({"0, 7", "1, 3"})
  void selectPicksTheFirstValueWhenTheConditionIsOne(long cond, long expected) {
    CircuitBuilder api = new CircuitBuilder();
    Variable c = api.privateInput("c");
    Variable a = api.privateInput("a");
    Variable b = api.privateInput("b");
    LinearCombination out = Select.select(api, c, a, b);
    ConstraintSystem cs = api.build();
    Witness w = cs.solve(new Assignment().set(c, cond).set(a, 3).set(b, 7));

    assertThat(cs.numConstraints()).isEqualTo(1);
    assertThat(cs.isSatisfied(w)).isTrue();
    assertThat(w.evaluate(out)).isEqualTo(Fr.of(expected));
  }

  @Test
  void lookup2ReadsTheTableEntryOfTheTwoBits() {
    Fr[] table = {Fr.of(11), Fr.of(22), Fr.of(33), Fr.of(44)};
    for (int index = 0; index < 4; index++) {
      CircuitBuilder api = new CircuitBuilder();
      Variable b0 = api.privateInput("b0");
      Variable b1 = api.privateInput("b1");
      LinearCombination out = Select.lookup2(b0, b1, api.mul(b0, b1, "b0b1"), table);
      ConstraintSystem cs = api.build();
      Witness w = cs.solve(new Assignment().set(b0, index & 1).set(b1, index >> 1));
      assertThat(w.evaluate(out)).isEqualTo(table[index]);
    }
  }

  @Test
  void lookup2OnVariablesReadsTheEntryOfTheTwoBits() {
    long[] values = {11, 22, 33, 44};
    for (int index = 0; index < 4; index++) {
      CircuitBuilder api = new CircuitBuilder();
      Variable b0 = api.privateInput("b0");
      Variable b1 = api.privateInput("b1");
      Variable[] v = new Variable[4];
      for (int i = 0; i < 4; i++) {
        v[i] = api.privateInput("v" + i);
      }
      LinearCombination out = Select.lookup2(api, b0, b1, api.mul(b0, b1, "b0b1"), v);
      ConstraintSystem cs = api.build();
      Assignment a = new Assignment().set(b0, index & 1).set(b1, index >> 1);
      for (int i = 0; i < 4; i++) {
        a.set(v[i], values[i]);
      }
      Witness w = cs.solve(a);
      assertThat(cs.numConstraints()).isEqualTo(4);
      assertThat(cs.isSatisfied(w)).isTrue();
      assertThat(w.evaluate(out)).isEqualTo(Fr.of(values[index]));
    }
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "1, 0", "12345, 0"})
  void isZeroIsOneExactlyForZero(long x, long expected) {
    CircuitBuilder api = new CircuitBuilder();
    Variable in = api.privateInput("x");
    LinearCombination out = Select.isZero(api, in);
    ConstraintSystem cs = api.build();
    Witness w = cs.solve(new Assignment().set(in, x));

    assertThat(cs.numConstraints()).isEqualTo(2);
    assertThat(cs.isSatisfied(w)).isTrue();
    assertThat(w.evaluate(out)).isEqualTo(Fr.of(expected));
  }

  @Test
  void isZeroCannotClaimZeroForANonZeroInput() {
    CircuitBuilder api = new CircuitBuilder();
    Variable in = api.privateInput("x");
    LinearCombination out = Select.isZero(api, in);
    ConstraintSystem cs = api.build();
    Witness w = cs.solve(new Assignment().set(in, 9));
    // Claiming out = 1 needs x·inverse = 0, which the honest inverse 1/9 contradicts.
    Witness lying = w.with(out.variable(1), Fr.ZERO);
    assertThat(lying.evaluate(out)).isEqualTo(Fr.ONE);
    assertThat(cs.isSatisfied(lying)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"5, 5, 1", "5, 6, 0"})
  void isEqualComparesValues(long a, long b, long expected) {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("a");
    Variable y = api.privateInput("b");
    LinearCombination out = Select.isEqual(api, x, y);
    ConstraintSystem cs = api.build();
    Witness w = cs.solve(new Assignment().set(x, a).set(y, b));
    assertThat(cs.isSatisfied(w)).isTrue();
    assertThat(w.evaluate(out)).isEqualTo(Fr.of(expected));
  }
}
