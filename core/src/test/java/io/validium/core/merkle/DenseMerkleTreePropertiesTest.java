package io.validium.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleArbitraries.Update;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DenseMerkleTreePropertiesTest {

  private static final int DEPTH = 4;

  @Provide
  Arbitrary<List<Update>> updates() {
    return MerkleArbitraries.updates(DEPTH, 30);
  }

  @Provide
  Arbitrary<Map<Long, Fr>> distinctLeaves() {
    return MerkleArbitraries.distinctLeaves(DEPTH, 16);
  }

  @Property(tries = 100)
  void rootEqualsTheRootRecomputedFromAllLeaves(@ForAll("updates") List<Update> updates) {
    DenseMerkleTree tree = DenseMerkleTree.empty(DEPTH);
    Map<Long, Fr> model = new HashMap<>();
    for (Update update : updates) {
      tree = tree.withLeaf((int) update.index(), update.leaf());
      model.put(update.index(), update.leaf());
    }

    assertThat(tree.root()).isEqualTo(NaiveMerkle.fullRoot(DEPTH, model));
    for (int index = 0; index < 1 << DEPTH; index++) {
      assertThat(tree.leaf(index)).isEqualTo(model.getOrDefault((long) index, Fr.ZERO));
    }
  }

  @Property(tries = 100)
  void rootAndProofsAgreeWithTheSparseTree(@ForAll("updates") List<Update> updates) {
    DenseMerkleTree dense = DenseMerkleTree.empty(DEPTH);
    SparseMerkleTree sparse = new SparseMerkleTree(DEPTH);
    for (Update update : updates) {
      dense = dense.withLeaf((int) update.index(), update.leaf());
      sparse.set(update.index(), update.leaf());
    }

    assertThat(dense.root()).isEqualTo(sparse.root());
    for (int index = 0; index < 1 << DEPTH; index++) {
      assertThat(dense.proof(index)).isEqualTo(sparse.proof(index));
    }
  }

  @Property(tries = 100)
  void proofsVerifyTheirOwnLeafAndNothingElse(@ForAll("distinctLeaves") Map<Long, Fr> leaves) {
    DenseMerkleTree tree = DenseMerkleTree.empty(DEPTH);
    for (Map.Entry<Long, Fr> leaf : leaves.entrySet()) {
      tree = tree.withLeaf(leaf.getKey().intValue(), leaf.getValue());
    }
    Fr root = tree.root();

    for (Map.Entry<Long, Fr> entry : leaves.entrySet()) {
      MerkleProof proof = tree.proof(entry.getKey().intValue());
      Fr leaf = entry.getValue();
      assertThat(proof.verifies(root, leaf)).isTrue();
      assertThat(proof.verifies(root, leaf.add(Fr.of(1)))).isFalse();
      assertThat(new MerkleProof(proof.index() ^ 1, proof.siblings()).verifies(root, leaf))
          .isFalse();
      for (int level = 0; level < DEPTH; level++) {
        List<Fr> siblings = new ArrayList<>(proof.siblings());
        siblings.set(level, siblings.get(level).add(Fr.of(1)));
        assertThat(new MerkleProof(proof.index(), siblings).verifies(root, leaf)).isFalse();
      }
    }
  }

  @Property(tries = 100)
  void updatesNeverChangeAnEarlierVersion(@ForAll("updates") List<Update> updates) {
    DenseMerkleTree tree = DenseMerkleTree.empty(DEPTH);
    List<DenseMerkleTree> versions = new ArrayList<>();
    List<Fr> roots = new ArrayList<>();
    for (Update update : updates) {
      versions.add(tree);
      roots.add(tree.root());
      tree = tree.withLeaf((int) update.index(), update.leaf());
    }

    for (int i = 0; i < versions.size(); i++) {
      assertThat(versions.get(i).root()).isEqualTo(roots.get(i));
    }
  }
}
