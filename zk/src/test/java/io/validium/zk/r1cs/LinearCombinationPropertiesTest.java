package io.validium.zk.r1cs;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.testing.FrArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LinearCombinationPropertiesTest {

  /** Four private inputs x0..x3 with values, wires 1..4 of a circuit with no public inputs. */
  private static final Variable[] VARS = new Variable[4];

  private static final WireLayout LAYOUT = new WireLayout(0, VARS.length, 0);

  static {
    for (int i = 0; i < VARS.length; i++) {
      VARS[i] = Variable.of(Visibility.PRIVATE, i);
    }
  }

  @Provide
  Arbitrary<LinearCombination> combinations() {
    Arbitrary<LinearCombination> term =
        Combinators.combine(
                FrArbitraries.elements(), Arbitraries.integers().between(-1, VARS.length - 1))
            .as((c, i) -> i < 0 ? LinearCombination.constant(c) : LinearCombination.of(c, VARS[i]));
    return term.list()
        .ofMaxSize(6)
        .map(
            (List<LinearCombination> terms) -> {
              LinearCombination acc = LinearCombination.zero();
              for (LinearCombination t : terms) {
                acc = acc.add(t);
              }
              return acc;
            });
  }

  @Provide
  Arbitrary<Fr[]> assignments() {
    return FrArbitraries.elements()
        .array(Fr[].class)
        .ofSize(VARS.length)
        .map(
            v -> {
              Fr[] w = new Fr[VARS.length + 1];
              w[0] = Fr.ONE;
              System.arraycopy(v, 0, w, 1, v.length);
              return w;
            });
  }

  private static Fr eval(LinearCombination lc, Fr[] w) {
    return LAYOUT.row(lc).evaluate(w);
  }

  @Property
  void additionAndScalingCommuteWithEvaluation(
      @ForAll("combinations") LinearCombination a,
      @ForAll("combinations") LinearCombination b,
      @ForAll("scalar") Fr c,
      @ForAll("assignments") Fr[] w) {
    assertThat(eval(a.add(b), w)).isEqualTo(eval(a, w).add(eval(b, w)));
    assertThat(eval(a.sub(b), w)).isEqualTo(eval(a, w).sub(eval(b, w)));
    assertThat(eval(a.scale(c), w)).isEqualTo(eval(a, w).mul(c));
    assertThat(eval(a.addScaled(c, b), w)).isEqualTo(eval(a, w).add(eval(b, w).mul(c)));
  }

  @Property
  void subtractingACombinationFromItselfLeavesNoTerms(@ForAll("combinations") LinearCombination a) {
    assertThat(a.sub(a).size()).isZero();
    assertThat(a.sub(a)).isEqualTo(LinearCombination.zero());
  }

  @Property
  void termsStaySortedAndNonZero(
      @ForAll("combinations") LinearCombination a, @ForAll("combinations") LinearCombination b) {
    LinearCombination sum = a.add(b);
    for (int i = 0; i < sum.size(); i++) {
      assertThat(sum.coefficient(i).isZero()).isFalse();
      if (i > 0) {
        assertThat(sum.variable(i).id()).isGreaterThan(sum.variable(i - 1).id());
      }
    }
  }

  @Provide
  Arbitrary<Fr> scalar() {
    return FrArbitraries.elements();
  }
}
