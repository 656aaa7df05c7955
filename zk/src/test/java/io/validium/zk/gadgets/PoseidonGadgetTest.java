package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.crypto.Poseidon;
import io.validium.core.crypto.PoseidonParameters;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PoseidonGadgetTest {

  /** A circuit proving knowledge of a preimage of the public hash {@code out}. */
  record Preimage(ConstraintSystem cs, Variable out, Variable[] in, LinearCombination hash) {
    static Preimage of(int arity) {
      CircuitBuilder api = new CircuitBuilder();
      Variable out = api.publicInput("out");
      Variable[] in = new Variable[arity];
      for (int i = 0; i < arity; i++) {
        in[i] = api.privateInput("in" + i);
      }
      LinearCombination hash = PoseidonGadget.hash(api, in);
      api.assertEqual(hash, out, "out");
      return new Preimage(api.build(), out, in, hash);
    }

    Witness solve(Fr[] inputs, Fr claimed) {
      Assignment a = new Assignment().set(out, claimed);
      for (int i = 0; i < inputs.length; i++) {
        a.set(in[i], inputs[i]);
      }
      return cs.solve(a);
    }
  }

  record Vector(Fr[] inputs, Fr output) {
    @Override
    public String toString() {
      return inputs.length + " inputs -> " + output;
    }
  }

  static Stream<Vector> circomlibVectors() {
    List<Vector> out = new ArrayList<>();
    for (JsonNode v : Fixtures.json("poseidon.json").get("vectors")) {
      Fr[] inputs = new Fr[v.get("inputs").size()];
      for (int i = 0; i < inputs.length; i++) {
        inputs[i] = Fr.fromDecimal(v.get("inputs").get(i).asText());
      }
      out.add(new Vector(inputs, Fr.fromDecimal(v.get("output").asText())));
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("circomlibVectors")
  void circuitHashesTheCircomlibVectorsAndIsSatisfied(Vector v) {
    Preimage circuit = Preimage.of(v.inputs().length);
    Witness w = circuit.solve(v.inputs(), v.output());
    assertThat(w.evaluate(circuit.hash())).isEqualTo(v.output());
    assertThat(circuit.cs().isSatisfied(w)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("circomlibVectors")
  void aWrongOutputCannotBeProved(Vector v) {
    Preimage circuit = Preimage.of(v.inputs().length);
    Witness w = circuit.solve(v.inputs(), v.output().add(Fr.ONE));
    assertThat(circuit.cs().firstUnsatisfied(w).orElseThrow().label()).isEqualTo("out");
  }

  @Test
  void twoInputsCost240ConstraintsLikeCircomlib() {
    CircuitBuilder api = new CircuitBuilder();
    PoseidonGadget.hash(api, api.privateInput("a"), api.privateInput("b"));
    assertThat(api.constraintCount()).isEqualTo(240);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void costIsThreeConstraintsPerNonConstantSbox(int arity) {
    CircuitBuilder api = new CircuitBuilder();
    Variable[] in = new Variable[arity];
    for (int i = 0; i < arity; i++) {
      in[i] = api.privateInput("in" + i);
    }
    PoseidonGadget.hash(api, in);
    int t = arity + 1;
    int partial = PoseidonParameters.forWidth(t).partialRounds();
    // Only the capacity's first S-box acts on a constant.
    assertThat(api.constraintCount()).isEqualTo(3 * (8 * t + partial - 1));
  }

  @Test
  void aTamperedSboxWireIsCaught() {
    Preimage circuit = Preimage.of(2);
    Fr[] inputs = {Fr.of(1), Fr.of(2)};
    Witness w = circuit.solve(inputs, Poseidon.hash(inputs));
    int internal = circuit.cs().numWires() - 1;
    Witness tampered = w.with(internal / 2, w.get(internal / 2).add(Fr.ONE));
    assertThat(circuit.cs().isSatisfied(tampered)).isFalse();
  }

  @Test
  void constantInputsFoldIntoConstants() {
    CircuitBuilder api = new CircuitBuilder();
    LinearCombination hash =
        PoseidonGadget.hash(api, LinearCombination.constant(1), LinearCombination.constant(2));
    assertThat(api.constraintCount()).isZero();
    assertThat(hash.constantTerm()).isEqualTo(Poseidon.hash(Fr.of(1), Fr.of(2)));
  }

  @Test
  void arityOutsideOneToSixIsRejected() {
    CircuitBuilder api = new CircuitBuilder();
    assertThatThrownBy(() -> PoseidonGadget.hash(api)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PoseidonGadget.hash(api, new Variable[7]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
