package io.validium.zk.poly;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.testing.FrArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NttPropertiesTest {

  @Provide
  Arbitrary<Fr[]> vectors() {
    return Arbitraries.integers()
        .between(0, 10)
        .flatMap(log -> FrArbitraries.elements().array(Fr[].class).ofSize(1 << log));
  }

  @Property(tries = 60)
  void inverseNttUndoesNtt(@ForAll("vectors") Fr[] coefficients) {
    EvaluationDomain d = EvaluationDomain.ofSize(coefficients.length);
    assertThat(d.inverseNtt(d.ntt(coefficients))).containsExactly(coefficients);
  }

  @Property(tries = 60)
  void nttUndoesInverseNtt(@ForAll("vectors") Fr[] evaluations) {
    EvaluationDomain d = EvaluationDomain.ofSize(evaluations.length);
    assertThat(d.ntt(d.inverseNtt(evaluations))).containsExactly(evaluations);
  }

  @Property(tries = 60)
  void inverseCosetNttUndoesCosetNtt(@ForAll("vectors") Fr[] coefficients) {
    EvaluationDomain d = EvaluationDomain.ofSize(coefficients.length);
    assertThat(d.inverseCosetNtt(d.cosetNtt(coefficients))).containsExactly(coefficients);
  }

  @Provide
  Arbitrary<Fr[][]> pairs() {
    return Arbitraries.integers()
        .between(0, 6)
        .flatMap(
            log -> {
              Arbitrary<Fr[]> v = FrArbitraries.elements().array(Fr[].class).ofSize(1 << log);
              return Combinators.combine(v, v).as((a, b) -> new Fr[][] {a, b});
            });
  }

  @Property(tries = 40)
  void nttIsLinear(@ForAll("pairs") Fr[][] pair, @ForAll("scalars") Fr c) {
    Fr[] a = pair[0];
    Fr[] b = pair[1];
    EvaluationDomain d = EvaluationDomain.ofSize(a.length);
    Fr[] combined = new Fr[a.length];
    for (int i = 0; i < a.length; i++) {
      combined[i] = a[i].mul(c).add(b[i]);
    }
    Fr[] na = d.ntt(a);
    Fr[] nb = d.ntt(b);
    Fr[] expected = new Fr[a.length];
    for (int i = 0; i < a.length; i++) {
      expected[i] = na[i].mul(c).add(nb[i]);
    }
    assertThat(d.ntt(combined)).containsExactly(expected);
  }

  @Provide
  Arbitrary<Fr> scalars() {
    return FrArbitraries.elements();
  }
}
