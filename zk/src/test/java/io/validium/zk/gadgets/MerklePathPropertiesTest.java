package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.testing.FrArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MerklePathPropertiesTest {

  private static final int DEPTH = 6;
  private static final MerkleCircuit CIRCUIT = MerkleCircuit.of(DEPTH);

  @Provide
  Arbitrary<List<Fr>> siblings() {
    return FrArbitraries.elements().list().ofSize(DEPTH);
  }

  @Provide
  Arbitrary<Fr> leaves() {
    return FrArbitraries.elements();
  }

  @Property(tries = 25)
  void gadgetRootsEqualTheNativeProofRoots(
      @ForAll @LongRange(min = 0, max = (1 << DEPTH) - 1) long index,
      @ForAll("siblings") List<Fr> siblings,
      @ForAll("leaves") Fr oldLeaf,
      @ForAll("leaves") Fr newLeaf) {
    MerkleProof proof = new MerkleProof(index, siblings);
    Fr oldRoot = proof.computeRoot(oldLeaf);
    Fr newRoot = proof.computeRoot(newLeaf);
    Witness w = CIRCUIT.solve(proof, oldLeaf, newLeaf, oldRoot, newRoot);

    assertThat(w.evaluate(CIRCUIT.update().oldRoot())).isEqualTo(oldRoot);
    assertThat(w.evaluate(CIRCUIT.update().newRoot())).isEqualTo(newRoot);
    assertThat(CIRCUIT.cs().isSatisfied(w)).isTrue();
  }

  @Property(tries = 15)
  void aChangedSiblingBreaksTheWitness(
      @ForAll @LongRange(min = 0, max = (1 << DEPTH) - 1) long index,
      @ForAll("siblings") List<Fr> siblings,
      @ForAll("leaves") Fr leaf,
      @ForAll @LongRange(min = 0, max = DEPTH - 1) long level) {
    MerkleProof proof = new MerkleProof(index, siblings);
    Fr root = proof.computeRoot(leaf);
    Witness w = CIRCUIT.solve(proof, leaf, leaf, root, root);
    Witness tampered =
        w.with(CIRCUIT.siblings()[(int) level], siblings.get((int) level).add(Fr.ONE));
    assertThat(CIRCUIT.cs().isSatisfied(tampered)).isFalse();
  }
}
