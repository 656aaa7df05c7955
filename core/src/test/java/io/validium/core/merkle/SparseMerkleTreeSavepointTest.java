package io.validium.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import org.junit.jupiter.api.Test;

class SparseMerkleTreeSavepointTest {

  private final SparseMerkleTree tree = new SparseMerkleTree(8);

  @Test
  void rollbackUndoesSetsAndResetsToZero() {
    tree.set(1, Fr.of(10));
    tree.set(2, Fr.of(20));
    Fr root = tree.root();
    long nodes = tree.storedNodes();

    Savepoint savepoint = tree.savepoint();
    tree.set(1, Fr.ZERO);
    tree.set(2, Fr.of(21));
    tree.set(3, Fr.of(30));
    tree.rollbackTo(savepoint);

    assertThat(tree.root()).isEqualTo(root);
    assertThat(tree.leaf(1)).isEqualTo(Fr.of(10));
    assertThat(tree.leaf(2)).isEqualTo(Fr.of(20));
    assertThat(tree.leaf(3)).isEqualTo(Fr.ZERO);
    assertThat(tree.size()).isEqualTo(2);
    assertThat(tree.storedNodes()).isEqualTo(nodes);
  }

  @Test
  void releaseKeepsTheChanges() {
    Savepoint savepoint = tree.savepoint();
    tree.set(4, Fr.of(40));
    tree.release(savepoint);

    assertThat(tree.leaf(4)).isEqualTo(Fr.of(40));
    assertThat(savepoint.isOpen()).isFalse();
  }

  @Test
  void updatesWithoutAnOpenSavepointAreNotJournaled() {
    tree.set(4, Fr.of(40));

    assertThat(tree.journalSize()).isZero();
  }

  @Test
  void releasingTheOutermostSavepointDropsTheJournal() {
    Savepoint outer = tree.savepoint();
    tree.savepoint();
    tree.set(4, Fr.of(40));
    tree.release(outer);

    assertThat(tree.journalSize()).isZero();
  }

  @Test
  void rollingBackAnInnerSavepointKeepsTheOuterOnesChanges() {
    Savepoint outer = tree.savepoint();
    tree.set(1, Fr.of(10));
    Fr rootAfterFirstSet = tree.root();
    Savepoint inner = tree.savepoint();
    tree.set(2, Fr.of(20));
    tree.rollbackTo(inner);

    assertThat(tree.root()).isEqualTo(rootAfterFirstSet);
    assertThat(outer.isOpen()).isTrue();

    tree.rollbackTo(outer);
    assertThat(tree.root()).isEqualTo(ZeroHashesFixture.zero(8));
    assertThat(tree.journalSize()).isZero();
  }

  @Test
  void releasedInnerChangesAreStillUndoneByTheOuterSavepoint() {
    Savepoint outer = tree.savepoint();
    Savepoint inner = tree.savepoint();
    tree.set(2, Fr.of(20));
    tree.release(inner);
    tree.rollbackTo(outer);

    assertThat(tree.leaf(2)).isEqualTo(Fr.ZERO);
    assertThat(tree.size()).isZero();
  }

  @Test
  void closingAnOuterSavepointClosesTheInnerOnes() {
    Savepoint outer = tree.savepoint();
    Savepoint inner = tree.savepoint();
    tree.rollbackTo(outer);

    assertThat(inner.isOpen()).isFalse();
    assertThatThrownBy(() -> tree.rollbackTo(inner)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tree.release(inner)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSavepointCannotBeClosedTwice() {
    Savepoint savepoint = tree.savepoint();
    tree.release(savepoint);

    assertThatThrownBy(() -> tree.rollbackTo(savepoint)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsASavepointOfAnotherTree() {
    Savepoint foreign = new SparseMerkleTree(8).savepoint();

    assertThatThrownBy(() -> tree.rollbackTo(foreign)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.release(foreign)).isInstanceOf(IllegalArgumentException.class);
  }
}
