package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scaled permutation gives the same element 0 as the sparse-matrix permutation it rewrites. */
class ScaledPoseidonPermutationTest {

  private static final BigInteger R = Fr.MODULUS;

  private static final Map<Integer, PoseidonPermutation> SPARSE = new ConcurrentHashMap<>();
  private static final Map<Integer, ScaledPoseidonPermutation> SCALED = new ConcurrentHashMap<>();

  @Provide
  Arbitrary<List<Fr>> states() {
    BigInteger max = R.subtract(BigInteger.ONE);
    Arbitrary<BigInteger> uniform =
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, max)
            .withDistribution(RandomDistribution.uniform());
    Arbitrary<BigInteger> edges = Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, max);
    Arbitrary<Fr> element =
        Arbitraries.frequencyOf(Tuple.of(8, uniform), Tuple.of(2, edges)).map(Fr::fromBigInteger);
    return element
        .list()
        .ofMinSize(PoseidonParameters.MIN_WIDTH - 1)
        .ofMaxSize(PoseidonParameters.MAX_WIDTH - 1);
  }

  @Property(tries = 300)
  void agreesWithTheSparsePermutation(@ForAll("states") List<Fr> inputs) {
    assertThat(scaled(inputs)).isEqualTo(sparse(inputs));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6, 7})
  void agreesOnAllZeroAndAllMaximalInputs(int width) {
    Fr max = Fr.fromBigInteger(R.subtract(BigInteger.ONE));
    List<Fr> zeros = Collections.nCopies(width - 1, Fr.ZERO);
    List<Fr> maxima = Collections.nCopies(width - 1, max);
    assertThat(scaled(zeros)).isEqualTo(sparse(zeros));
    assertThat(scaled(maxima)).isEqualTo(sparse(maxima));
  }

  private static Fr sparse(List<Fr> inputs) {
    int t = inputs.size() + 1;
    PoseidonPermutation p =
        SPARSE.computeIfAbsent(
            t, w -> new PoseidonPermutation(PoseidonSchedule.of(PoseidonParameters.forWidth(w))));
    long[] state = load(inputs);
    p.permute(state, new long[p.workSize()]);
    return FrArith.toFr(state, 0);
  }

  private static Fr scaled(List<Fr> inputs) {
    int t = inputs.size() + 1;
    ScaledPoseidonPermutation p =
        SCALED.computeIfAbsent(
            t,
            w ->
                new ScaledPoseidonPermutation(
                    ScaledPoseidonSchedule.of(
                        PoseidonSchedule.of(PoseidonParameters.forWidth(w)))));
    long[] state = load(inputs);
    p.hash(state, new long[p.workSize()]);
    return FrArith.toFr(state, 0);
  }

  private static long[] load(List<Fr> inputs) {
    long[] state = new long[(inputs.size() + 1) * FrArith.LIMBS];
    for (int i = 0; i < inputs.size(); i++) {
      FrArith.load(inputs.get(i), state, (i + 1) * FrArith.LIMBS);
    }
    return state;
  }
}
