package io.validium.core.merkle;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators shared by the tree properties. */
final class MerkleArbitraries {

  /** One leaf write; a zero leaf empties the slot. */
  record Update(long index, Fr leaf) {}

  private MerkleArbitraries() {}

  /** Non-zero leaves from small integers up to full-width field elements. */
  static Arbitrary<Fr> nonZeroLeaves() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, 1000).map(Fr::of),
        Arbitraries.bigIntegers()
            .between(BigInteger.ONE, BigInteger.TWO.pow(253))
            .map(Fr::fromBigInteger));
  }

  /** Leaves that are zero often enough to exercise the emptying of slots. */
  static Arbitrary<Fr> leaves() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Fr.ZERO)), Tuple.of(3, nonZeroLeaves()));
  }

  /** A write into a tree of the given depth, often into the first few slots so that writes meet. */
  static Arbitrary<Update> update(int depth) {
    Arbitrary<Long> indices =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 7), Arbitraries.longs().between(0, (1L << depth) - 1));
    return Combinators.combine(indices, leaves()).as(Update::new);
  }

  /** Sequences of writes into a tree of the given depth. */
  static Arbitrary<List<Update>> updates(int depth, int maxSize) {
    return update(depth).list().ofMaxSize(maxSize);
  }

  /** Distinct non-zero leaves at distinct indices, so that no two subtrees hash alike. */
  static Arbitrary<Map<Long, Fr>> distinctLeaves(int depth, int maxSize) {
    return Arbitraries.maps(Arbitraries.longs().between(0, (1L << depth) - 1), nonZeroLeaves())
        .ofMinSize(1)
        .ofMaxSize(maxSize)
        .uniqueValues();
  }
}
