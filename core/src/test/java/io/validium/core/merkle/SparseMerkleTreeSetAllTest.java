package io.validium.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleArbitraries.Update;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SparseMerkleTreeSetAllTest {
  private static final int DEPTH = 8;

  @Provide
  Arbitrary<List<Update>> updates() {
    return MerkleArbitraries.updates(DEPTH, 30);
  }

  @Property(tries = 100)
  void settingManyLeavesAtOnceGivesTheTreeThatSettingThemOneByOneGives(
      @ForAll("updates") List<Update> first, @ForAll("updates") List<Update> second) {
    SparseMerkleTree oneByOne = new SparseMerkleTree(DEPTH);
    SparseMerkleTree together = new SparseMerkleTree(DEPTH);
    for (List<Update> round : List.of(first, second)) {
      Map<Long, Fr> last = new HashMap<>();
      for (Update u : round) {
        oneByOne.set(u.index(), u.leaf());
        last.put(u.index(), u.leaf());
      }
      together.setAll(last);
      assertThat(together.root()).isEqualTo(oneByOne.root());
      assertThat(together.storedNodes()).isEqualTo(oneByOne.storedNodes());
    }
    for (long i = 0; i < (1L << DEPTH); i += 37) {
      assertThat(together.proof(i)).isEqualTo(oneByOne.proof(i));
    }
  }

  @Property(tries = 50)
  void aRollbackUndoesLeavesSetTogether(@ForAll("updates") List<Update> updates) {
    SparseMerkleTree tree = new SparseMerkleTree(DEPTH);
    tree.set(3, Fr.of(7));
    Fr before = tree.root();
    Savepoint sp = tree.savepoint();
    Map<Long, Fr> leaves = new HashMap<>();
    updates.forEach(u -> leaves.put(u.index(), u.leaf()));
    tree.setAll(leaves);
    tree.rollbackTo(sp);
    assertThat(tree.root()).isEqualTo(before);
    assertThat(tree.leaf(3)).isEqualTo(Fr.of(7));
  }

  @Test
  void refusesAnIndexOutsideTheTree() {
    SparseMerkleTree tree = new SparseMerkleTree(DEPTH);
    assertThatThrownBy(() -> tree.setAll(Map.of(1L << DEPTH, Fr.ONE)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
