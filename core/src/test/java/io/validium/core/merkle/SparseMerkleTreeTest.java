package io.validium.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparseMerkleTreeTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 24, 32})
  void emptyTreeRootIsTheZeroHashOfItsDepth(int depth) {
    SparseMerkleTree tree = new SparseMerkleTree(depth);

    assertThat(tree.root()).isEqualTo(ZeroHashesFixture.zero(depth));
    assertThat(tree.size()).isZero();
    assertThat(tree.storedNodes()).isZero();
  }

  @Test
  void unsetLeavesReadAsZero() {
    SparseMerkleTree tree = new SparseMerkleTree(24);

    assertThat(tree.leaf(0)).isEqualTo(Fr.ZERO);
    assertThat(tree.leaf((1L << 24) - 1)).isEqualTo(Fr.ZERO);
  }

  @Test
  void depth24RootMatchesRecomputationAtTheEdgesAndNeighbours() {
    SparseMerkleTree tree = new SparseMerkleTree(24);
    Map<Long, Fr> leaves = new HashMap<>();
    long[] indices = {0, 1, 2, (1L << 23) - 1, 1L << 23, (1L << 24) - 2, (1L << 24) - 1};
    for (int i = 0; i < indices.length; i++) {
      Fr leaf = Fr.of(1000 + i);
      tree.set(indices[i], leaf);
      leaves.put(indices[i], leaf);

      assertThat(tree.root()).isEqualTo(NaiveMerkle.sparseRoot(24, leaves));
    }
    assertThat(tree.size()).isEqualTo(indices.length);
  }

  @Test
  void depth24RootMatchesRecomputationAfterRandomUpdates() {
    SplittableRandom random = new SplittableRandom(24);
    SparseMerkleTree tree = new SparseMerkleTree(24);
    Map<Long, Fr> leaves = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      // 64 slots spread over the tree make overwrites and resets to zero likely.
      long index = random.nextLong(16) << 20 | random.nextInt(4);
      Fr leaf = random.nextInt(4) == 0 ? Fr.ZERO : Fr.of(random.nextLong(Long.MAX_VALUE));
      tree.set(index, leaf);
      leaves.put(index, leaf);
    }

    assertThat(tree.root()).isEqualTo(NaiveMerkle.sparseRoot(24, leaves));
    assertThat(tree.size())
        .isEqualTo(leaves.values().stream().filter(l -> !l.equals(Fr.ZERO)).count());
  }

  @Test
  void depth32TreeAddressesItsLastLeaf() {
    SparseMerkleTree tree = new SparseMerkleTree(32);
    long last = (1L << 32) - 1;
    tree.set(last, Fr.of(7));

    assertThat(tree.leaf(last)).isEqualTo(Fr.of(7));
    assertThat(tree.root()).isEqualTo(NaiveMerkle.sparseRoot(32, Map.of(last, Fr.of(7))));
    assertThat(tree.proof(last).verifies(tree.root(), Fr.of(7))).isTrue();
  }

  @Test
  void overwritingALeafKeepsTheSizeAndChangesTheRoot() {
    SparseMerkleTree tree = new SparseMerkleTree(8);
    tree.set(5, Fr.of(1));
    Fr rootBefore = tree.root();
    tree.set(5, Fr.of(2));

    assertThat(tree.size()).isEqualTo(1);
    assertThat(tree.leaf(5)).isEqualTo(Fr.of(2));
    assertThat(tree.root()).isNotEqualTo(rootBefore);
  }

  @Test
  void settingEveryLeafBackToZeroRestoresTheEmptyTree() {
    SparseMerkleTree tree = new SparseMerkleTree(24);
    long[] indices = {0, 1, 77, 4096, (1L << 24) - 1};
    for (long index : indices) {
      tree.set(index, Fr.of(index + 1));
    }
    for (long index : indices) {
      tree.set(index, Fr.ZERO);
    }

    assertThat(tree.root()).isEqualTo(ZeroHashesFixture.zero(24));
    assertThat(tree.size()).isZero();
    assertThat(tree.storedNodes()).isZero();
  }

  @Test
  void clearingOneOfTwoNeighboursKeepsOnlyTheOtherPath() {
    SparseMerkleTree tree = new SparseMerkleTree(8);
    tree.set(6, Fr.of(1));
    Fr rootWithOneLeaf = tree.root();
    long nodesWithOneLeaf = tree.storedNodes();
    tree.set(7, Fr.of(2));
    tree.set(7, Fr.ZERO);

    assertThat(tree.root()).isEqualTo(rootWithOneLeaf);
    assertThat(tree.storedNodes()).isEqualTo(nodesWithOneLeaf).isEqualTo(9);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 33})
  void rejectsDepthOutsideOneTo32(int depth) {
    assertThatThrownBy(() -> new SparseMerkleTree(depth))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 256, Long.MAX_VALUE, Long.MIN_VALUE})
  void rejectsIndexOutsideTheTree(long index) {
    SparseMerkleTree tree = new SparseMerkleTree(8);

    assertThatThrownBy(() -> tree.set(index, Fr.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.leaf(index)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.proof(index)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMissingLeaf() {
    SparseMerkleTree tree = new SparseMerkleTree(8);

    assertThatThrownBy(() -> tree.set(0, null)).isInstanceOf(NullPointerException.class);
  }
}
