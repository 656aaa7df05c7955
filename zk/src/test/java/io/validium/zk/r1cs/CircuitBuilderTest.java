package io.validium.zk.r1cs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import org.junit.jupiter.api.Test;

class CircuitBuilderTest {

  @Test
  void wiresAreNumberedOneThenPublicThenPrivateThenInternalWhateverTheDeclarationOrder() {
    CircuitBuilder api = new CircuitBuilder();
    Variable secret = api.privateInput("secret");
    LinearCombination square = api.mul(secret, secret, "square");
    Variable out = api.publicInput("out");
    Variable other = api.publicInput("other");
    api.assertEqual(square, out, "out");
    ConstraintSystem cs = api.build();

    assertThat(cs.wire(Variable.ONE)).isZero();
    assertThat(cs.wire(out)).isEqualTo(1);
    assertThat(cs.wire(other)).isEqualTo(2);
    assertThat(cs.wire(secret)).isEqualTo(3);
    assertThat(cs.wire(square.asVariable().orElseThrow())).isEqualTo(4);
    assertThat(cs.publicInputNames()).containsExactly("out", "other");
    assertThat(cs.counts()).isEqualTo(new ConstraintCounts(2, 5, 2, 1, 1));
  }

  @Test
  void equalCoefficientsOfTheCompiledMatricesShareOneInstance() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    Variable y = api.privateInput("y");
    api.mul(LinearCombination.of(Fr.of(7), x), y, "first");
    api.mul(LinearCombination.of(Fr.of(7), y), x, "second");
    ConstraintSystem cs = api.build();

    Fr first = cs.constraints().get(0).a().coefficient(0);
    Fr second = cs.constraints().get(1).a().coefficient(0);
    assertThat(first).isEqualTo(Fr.of(7)).isSameAs(second);
  }

  @Test
  void solvingRunsTheHintsAndSatisfiesTheConstraints() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.publicInput("x");
    Variable y = api.privateInput("y");
    LinearCombination xy = api.mul(x, y, "xy");
    LinearCombination xyy = api.mul(xy, y, "xyy");
    ConstraintSystem cs = api.build();

    Witness w = cs.solve(new Assignment().set(x, 3).set(y, 5));

    assertThat(w.evaluate(xyy)).isEqualTo(Fr.of(75));
    assertThat(w.get(0)).isEqualTo(Fr.ONE);
    assertThat(w.publicInputs()).containsExactly(Fr.of(3));
    assertThat(cs.isSatisfied(w)).isTrue();
  }

  @Test
  void aTamperedWireIsReportedWithTheLabelOfTheFirstFailingConstraint() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    LinearCombination x2;
    try (CircuitBuilder.Scope s = api.scope("outer")) {
      x2 = api.mul(x, x, "square");
    }
    api.mul(x2, x, "cube");
    ConstraintSystem cs = api.build();
    Witness w = cs.solve(new Assignment().set(x, 7));

    Witness tampered = w.with(x2.asVariable().orElseThrow(), Fr.of(50));

    assertThat(cs.isSatisfied(tampered)).isFalse();
    UnsatisfiedConstraint failure = cs.firstUnsatisfied(tampered).orElseThrow();
    assertThat(failure.index()).isZero();
    assertThat(failure.label()).isEqualTo("outer/square");
    assertThat(failure.c()).isEqualTo(Fr.of(50));
  }

  @Test
  void wireZeroOtherThanOneIsRejected() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    api.mul(x, x, "square");
    ConstraintSystem cs = api.build();
    Witness w = cs.solve(new Assignment().set(x, 0));

    assertThat(cs.isSatisfied(w.with(0, Fr.ZERO))).isFalse();
  }

  @Test
  void multiplyingByAConstantCostsNoConstraint() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    LinearCombination seven = LinearCombination.constant(7);
    LinearCombination product = api.mul(seven, x, "free");

    assertThat(api.constraintCount()).isZero();
    assertThat(product).isEqualTo(LinearCombination.of(Fr.of(7), x));
  }

  @Test
  void constantConstraintsAreCheckedAtOnce() {
    CircuitBuilder api = new CircuitBuilder();
    api.assertMul(
        LinearCombination.constant(2),
        LinearCombination.constant(3),
        LinearCombination.constant(6),
        "ok");
    assertThat(api.constraintCount()).isZero();
    assertThatThrownBy(
            () ->
                api.assertEqual(
                    LinearCombination.constant(1), LinearCombination.constant(2), "never"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never");
  }

  @Test
  void divisionByZeroLeavesTheConstraintUnsatisfiable() {
    CircuitBuilder api = new CircuitBuilder();
    Variable num = api.privateInput("num");
    Variable den = api.privateInput("den");
    api.divide(num, den, "q");
    ConstraintSystem cs = api.build();

    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(num, 6).set(den, 3)))).isTrue();
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(num, 6).set(den, 0)))).isFalse();
  }

  @Test
  void aMissingInputIsNamed() {
    CircuitBuilder api = new CircuitBuilder();
    api.publicInput("root");
    ConstraintSystem cs = api.build();
    assertThatThrownBy(() -> cs.solve(new Assignment()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("root");
  }

  @Test
  void onlyInputsCanBeAssigned() {
    assertThatThrownBy(() -> new Assignment().set(Variable.ONE, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aVariableOfAnotherCircuitIsRejected() {
    CircuitBuilder other = new CircuitBuilder();
    other.privateInput("a");
    Variable foreign = other.privateInput("b");
    CircuitBuilder api = new CircuitBuilder();
    api.privateInput("only");
    ConstraintSystem cs = api.build();
    assertThatThrownBy(() -> cs.wire(foreign)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scopesMustCloseInnermostFirst() {
    CircuitBuilder api = new CircuitBuilder();
    CircuitBuilder.Scope outer = api.scope("outer");
    api.scope("inner");
    assertThatThrownBy(outer::close).isInstanceOf(IllegalStateException.class);
  }
}
