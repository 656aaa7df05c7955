package io.validium.zk.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluationDomainTest {

  private static Fr[] random(int n, long seed) {
    Random random = new Random(seed);
    Fr[] out = new Fr[n];
    for (int i = 0; i < n; i++) {
      out[i] = Fr.reduce(new BigInteger(256, random));
    }
    return out;
  }

  @Test
  void twoAdicityOfTheScalarFieldIs28() {
    assertThat(RootsOfUnity.TWO_ADICITY).isEqualTo(28);
    assertThat(Fr.MODULUS.subtract(BigInteger.ONE).shiftRight(28).testBit(0)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 5, 16, 27, 28})
  void derivedRootHasExactlyTheRequestedOrder(int log) {
    Fr w = RootsOfUnity.primitive(log);
    assertThat(w.pow(BigInteger.ONE.shiftLeft(log))).isEqualTo(Fr.ONE);
    if (log > 0) {
      assertThat(w.pow(BigInteger.ONE.shiftLeft(log - 1))).isEqualTo(Fr.ONE.neg());
    }
  }

  @Test
  void rootOrderBeyondTheTwoAdicityIsRejected() {
    assertThatThrownBy(() -> RootsOfUnity.primitive(29))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EvaluationDomain.ofLogSize(29))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sizeMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> EvaluationDomain.ofSize(12))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EvaluationDomain.ofSize(16).logSize()).isEqualTo(4);
  }

  @Test
  void atLeastRoundsUpToThePowerOfTwo() {
    assertThat(EvaluationDomain.atLeast(1).size()).isEqualTo(1);
    assertThat(EvaluationDomain.atLeast(17).size()).isEqualTo(32);
    assertThat(EvaluationDomain.atLeast(32).size()).isEqualTo(32);
  }

  @Test
  void cosetShiftInsideTheSubgroupIsRejected() {
    EvaluationDomain d = EvaluationDomain.ofLogSize(3);
    assertThatThrownBy(() -> d.withCosetShift(d.generator()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrongArrayLengthIsRejected() {
    EvaluationDomain d = EvaluationDomain.ofLogSize(3);
    assertThatThrownBy(() -> d.ntt(new long[4 * 7])).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void nttEqualsNaiveEvaluationOnTheSubgroup(int log) {
    EvaluationDomain d = EvaluationDomain.ofLogSize(log);
    Fr[] coefficients = random(d.size(), log);
    assertThat(d.ntt(coefficients))
        .containsExactly(NaivePolynomial.evaluateOn(coefficients, d, Fr.ONE));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void cosetNttEqualsNaiveEvaluationOnTheCoset(int log) {
    EvaluationDomain d = EvaluationDomain.ofLogSize(log);
    Fr[] coefficients = random(d.size(), 100 + log);
    assertThat(d.cosetNtt(coefficients))
        .containsExactly(NaivePolynomial.evaluateOn(coefficients, d, Fr.of(5)));
  }

  @Test
  void customCosetShiftIsUsed() {
    Fr shift = RootsOfUnity.primitive(5);
    EvaluationDomain d = EvaluationDomain.ofLogSize(4).withCosetShift(shift);
    Fr[] coefficients = random(16, 7);
    assertThat(d.cosetNtt(coefficients))
        .containsExactly(NaivePolynomial.evaluateOn(coefficients, d, shift));
    assertThat(d.inverseCosetNtt(d.cosetNtt(coefficients))).containsExactly(coefficients);
  }

  @Test
  void parallelTransformEqualsTheSequentialOne() {
    EvaluationDomain parallel = EvaluationDomain.ofLogSize(15);
    EvaluationDomain sequential = parallel.withParallelism(false);
    Fr[] coefficients = random(parallel.size(), 15);
    assertThat(parallel.isParallel()).isTrue();
    assertThat(parallel.ntt(coefficients)).containsExactly(sequential.ntt(coefficients));
    assertThat(parallel.cosetNtt(coefficients)).containsExactly(sequential.cosetNtt(coefficients));
    assertThat(parallel.inverseNtt(coefficients))
        .containsExactly(sequential.inverseNtt(coefficients));
  }

  @Test
  void largeParallelTransformMatchesNaiveEvaluationAtSampledPoints() {
    EvaluationDomain d = EvaluationDomain.ofLogSize(14);
    Fr[] coefficients = random(d.size(), 14);
    Fr[] evaluations = d.ntt(coefficients);
    for (int i : new int[] {0, 1, 2, 4097, d.size() - 1}) {
      assertThat(evaluations[i]).isEqualTo(NaivePolynomial.evaluate(coefficients, d.element(i)));
    }
  }
}
