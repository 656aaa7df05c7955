package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.testing.FrArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PoseidonGadgetPropertiesTest {

  private static final PoseidonGadgetTest.Preimage[] CIRCUITS = new PoseidonGadgetTest.Preimage[7];

  static {
    for (int arity = 1; arity <= 6; arity++) {
      CIRCUITS[arity] = PoseidonGadgetTest.Preimage.of(arity);
    }
  }

  @Provide
  Arbitrary<Fr[]> inputs() {
    return Arbitraries.integers()
        .between(1, 6)
        .flatMap(n -> FrArbitraries.elements().array(Fr[].class).ofSize(n));
  }

  @Property(tries = 60)
  void gadgetWitnessEqualsTheNativeHash(@ForAll("inputs") Fr[] inputs) {
    PoseidonGadgetTest.Preimage circuit = CIRCUITS[inputs.length];
    Fr expected = Poseidon.hash(inputs);
    Witness w = circuit.solve(inputs, expected);
    assertThat(w.evaluate(circuit.hash())).isEqualTo(expected);
    assertThat(circuit.cs().isSatisfied(w)).isTrue();
  }

  @Property(tries = 30)
  void changingAnInputAfterSolvingBreaksTheWitness(
      @ForAll("inputs") Fr[] inputs, @ForAll("nonZero") Fr delta) {
    PoseidonGadgetTest.Preimage circuit = CIRCUITS[inputs.length];
    Witness w = circuit.solve(inputs, Poseidon.hash(inputs));
    Witness tampered = w.with(circuit.in()[0], inputs[0].add(delta));
    assertThat(circuit.cs().isSatisfied(tampered)).isFalse();
  }

  @Provide
  Arbitrary<Fr> nonZero() {
    return FrArbitraries.elements().filter(x -> !x.isZero());
  }
}
