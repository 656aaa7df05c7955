package io.validium.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DenseMerkleTreeTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 16})
  void emptyTreeRootIsTheZeroHashOfItsDepth(int depth) {
    DenseMerkleTree tree = DenseMerkleTree.empty(depth);

    assertThat(tree.root()).isEqualTo(ZeroHashesFixture.zero(depth));
    assertThat(tree.leaf((1 << depth) - 1)).isEqualTo(Fr.ZERO);
  }

  @Test
  void withLeafLeavesTheOriginalTreeUnchanged() {
    DenseMerkleTree empty = DenseMerkleTree.empty(4);
    DenseMerkleTree funded = empty.withLeaf(3, Fr.of(500));

    assertThat(empty.leaf(3)).isEqualTo(Fr.ZERO);
    assertThat(empty.root()).isEqualTo(ZeroHashesFixture.zero(4));
    assertThat(funded.leaf(3)).isEqualTo(Fr.of(500));
    assertThat(funded.root()).isNotEqualTo(empty.root());
  }

  @Test
  void writingTheCurrentValueReturnsTheSameTree() {
    DenseMerkleTree tree = DenseMerkleTree.empty(4).withLeaf(2, Fr.of(9));

    assertThat(tree.withLeaf(2, Fr.of(9))).isSameAs(tree);
  }

  @Test
  void treesWithTheSameLeavesAreEqual() {
    DenseMerkleTree a = DenseMerkleTree.empty(4).withLeaf(1, Fr.of(1)).withLeaf(2, Fr.of(2));
    DenseMerkleTree b = DenseMerkleTree.empty(4).withLeaf(2, Fr.of(2)).withLeaf(1, Fr.of(1));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(DenseMerkleTree.empty(4)).isNotEqualTo(DenseMerkleTree.empty(5));
  }

  @Test
  void resettingTheOnlyBalanceGivesBackTheEmptyTree() {
    DenseMerkleTree tree = DenseMerkleTree.empty(4).withLeaf(15, Fr.of(7)).withLeaf(15, Fr.ZERO);

    assertThat(tree).isEqualTo(DenseMerkleTree.empty(4));
    assertThat(tree.root()).isEqualTo(ZeroHashesFixture.zero(4));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 17})
  void rejectsDepthOutsideOneTo16(int depth) {
    assertThatThrownBy(() -> DenseMerkleTree.empty(depth))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 16, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void rejectsIndexOutsideTheTree(int index) {
    DenseMerkleTree tree = DenseMerkleTree.empty(4);

    assertThatThrownBy(() -> tree.withLeaf(index, Fr.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.leaf(index)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.proof(index)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMissingLeaf() {
    assertThatThrownBy(() -> DenseMerkleTree.empty(4).withLeaf(0, null))
        .isInstanceOf(NullPointerException.class);
  }
}
