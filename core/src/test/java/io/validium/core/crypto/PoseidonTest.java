package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.field.Fr;
import io.validium.core.testing.Fixtures;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** Poseidon against circomlibjs vectors and against the unoptimised textbook permutation. */
class PoseidonTest {

  @Test
  void matchesCircomlibVectorsForEveryWidth() {
    JsonNode fixture = Fixtures.json("poseidon.json");
    assertThat(new BigInteger(fixture.get("field").asText())).isEqualTo(Fr.MODULUS);
    Set<Integer> arities = new TreeSet<>();
    for (JsonNode vector : fixture.get("vectors")) {
      Fr[] inputs = new Fr[vector.get("inputs").size()];
      for (int i = 0; i < inputs.length; i++) {
        inputs[i] = Fr.fromDecimal(vector.get("inputs").get(i).asText());
      }
      Fr expected = Fr.fromDecimal(vector.get("output").asText());
      assertThat(Poseidon.hash(inputs)).as("varargs %s", List.of(inputs)).isEqualTo(expected);
      assertThat(fixedArity(inputs)).as("fixed arity %s", List.of(inputs)).isEqualTo(expected);
      assertThat(TextbookPoseidon.hash(inputs))
          .as("textbook %s", List.of(inputs))
          .isEqualTo(expected);
      arities.add(inputs.length);
    }
    assertThat(arities).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void rejectsNoInputsAndMoreThanSix() {
    assertThatThrownBy(Poseidon::hash).isInstanceOf(IllegalArgumentException.class);
    Fr[] seven = IntStream.range(0, 7).mapToObj(Fr::of).toArray(Fr[]::new);
    assertThatThrownBy(() -> Poseidon.hash(seven)).isInstanceOf(IllegalArgumentException.class);
    Fr[] sixteen = IntStream.range(0, 16).mapToObj(Fr::of).toArray(Fr[]::new);
    assertThatThrownBy(() -> Poseidon.hash(sixteen)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void doesNotModifyItsInputs() {
    Fr[] inputs = {Fr.of(1), Fr.of(2), Fr.of(3)};
    Poseidon.hash(inputs);
    assertThat(inputs).containsExactly(Fr.of(1), Fr.of(2), Fr.of(3));
  }

  @Provide
  Arbitrary<List<Fr>> inputLists() {
    Arbitrary<Fr> element =
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, Fr.MODULUS.subtract(BigInteger.ONE))
            .withDistribution(RandomDistribution.uniform())
            .map(Fr::fromBigInteger);
    return element.list().ofMinSize(Poseidon.MIN_INPUTS).ofMaxSize(Poseidon.MAX_INPUTS);
  }

  @Property(tries = 200)
  void optimisedPermutationEqualsTextbookPermutation(@ForAll("inputLists") List<Fr> inputs) {
    Fr[] in = inputs.toArray(Fr[]::new);
    assertThat(Poseidon.hash(in)).isEqualTo(TextbookPoseidon.hash(in));
    assertThat(fixedArity(in)).isEqualTo(Poseidon.hash(in));
  }

  @Provide
  Arbitrary<Fr> merkleChildren() {
    BigInteger max = Fr.MODULUS.subtract(BigInteger.ONE);
    Arbitrary<BigInteger> uniform =
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, max)
            .withDistribution(RandomDistribution.uniform());
    Arbitrary<BigInteger> edges =
        Arbitraries.of(
            BigInteger.ZERO, BigInteger.ONE, max, BigInteger.ONE.shiftLeft(63), max.shiftRight(1));
    return Arbitraries.frequencyOf(Tuple.of(8, uniform), Tuple.of(2, edges))
        .map(Fr::fromBigInteger);
  }

  /** Poseidon(2), the Merkle-node hash, runs on the width-3 kernels: checked on its own. */
  @Property(tries = 500)
  void twoInputHashEqualsTextbookPermutation(
      @ForAll("merkleChildren") Fr left, @ForAll("merkleChildren") Fr right) {
    assertThat(Poseidon.hash(left, right)).isEqualTo(TextbookPoseidon.hash(left, right));
  }

  private static Fr fixedArity(Fr[] in) {
    switch (in.length) {
      case 1:
        return Poseidon.hash(in[0]);
      case 2:
        return Poseidon.hash(in[0], in[1]);
      case 3:
        return Poseidon.hash(in[0], in[1], in[2]);
      case 4:
        return Poseidon.hash(in[0], in[1], in[2], in[3]);
      case 5:
        return Poseidon.hash(in[0], in[1], in[2], in[3], in[4]);
      case 6:
        return Poseidon.hash(in[0], in[1], in[2], in[3], in[4], in[5]);
      default:
        throw new AssertionError(new ArrayList<>(List.of(in)));
    }
  }
}
