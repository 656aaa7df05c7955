package io.validium.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleArbitraries.Update;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;

class SparseMerkleTreePropertiesTest {

  private static final int DEPTH = 8;

  @Provide
  Arbitrary<List<Update>> updates() {
    return MerkleArbitraries.updates(DEPTH, 30);
  }

  @Provide
  Arbitrary<Map<Long, Fr>> distinctLeaves() {
    return MerkleArbitraries.distinctLeaves(DEPTH, 12);
  }

  @Property(tries = 100)
  void rootEqualsTheRootRecomputedFromAllLeaves(@ForAll("updates") List<Update> updates) {
    SparseMerkleTree tree = new SparseMerkleTree(DEPTH);
    Map<Long, Fr> model = new HashMap<>();
    apply(tree, updates, model);

    assertThat(tree.root()).isEqualTo(NaiveMerkle.fullRoot(DEPTH, model));
    assertThat(allLeaves(tree)).isEqualTo(modelLeaves(model));
    assertThat(tree.size()).isEqualTo(nonZeroCount(model));
  }

  @Property(tries = 100)
  void proofsVerifyTheirOwnLeafAndNothingElse(
      @ForAll("distinctLeaves") Map<Long, Fr> leaves,
      @ForAll @LongRange(min = 1, max = (1 << DEPTH) - 1) long indexFlip) {
    SparseMerkleTree tree = new SparseMerkleTree(DEPTH);
    leaves.forEach(tree::set);
    Fr root = tree.root();

    leaves.forEach(
        (index, leaf) -> {
          MerkleProof proof = tree.proof(index);
          assertThat(proof.verifies(root, leaf)).isTrue();
          assertThat(proof.verifies(root, leaf.add(Fr.of(1)))).isFalse();
          assertThat(new MerkleProof(index ^ indexFlip, proof.siblings()).verifies(root, leaf))
              .isFalse();
          for (int level = 0; level < DEPTH; level++) {
            assertThat(tampered(proof, level).verifies(root, leaf)).isFalse();
          }
        });
  }

  @Property(tries = 100)
  void proofOfAnEmptySlotVerifiesOnlyZero(
      @ForAll("distinctLeaves") Map<Long, Fr> leaves,
      @ForAll @LongRange(min = 0, max = (1 << DEPTH) - 1) long probe) {
    SparseMerkleTree tree = new SparseMerkleTree(DEPTH);
    leaves.forEach(tree::set);
    tree.set(probe, Fr.ZERO);
    MerkleProof proof = tree.proof(probe);

    assertThat(proof.verifies(tree.root(), Fr.ZERO)).isTrue();
    assertThat(proof.verifies(tree.root(), Fr.of(1))).isFalse();
  }

  @Property(tries = 100)
  void rollbackRestoresRootLeavesAndSizeExactly(
      @ForAll("updates") List<Update> committed, @ForAll("updates") List<Update> tentative) {
    SparseMerkleTree tree = new SparseMerkleTree(DEPTH);
    apply(tree, committed, new HashMap<>());
    Fr root = tree.root();
    List<Fr> leaves = allLeaves(tree);
    long size = tree.size();
    long nodes = tree.storedNodes();

    Savepoint savepoint = tree.savepoint();
    apply(tree, tentative, new HashMap<>());
    tree.rollbackTo(savepoint);

    assertThat(tree.root()).isEqualTo(root);
    assertThat(allLeaves(tree)).isEqualTo(leaves);
    assertThat(tree.size()).isEqualTo(size);
    assertThat(tree.storedNodes()).isEqualTo(nodes);
    assertThat(tree.journalSize()).isZero();
  }

  @Property(tries = 100)
  void releaseLeavesTheSameTreeAsUpdatingWithoutSavepoint(
      @ForAll("updates") List<Update> committed, @ForAll("updates") List<Update> tentative) {
    SparseMerkleTree withSavepoint = new SparseMerkleTree(DEPTH);
    SparseMerkleTree without = new SparseMerkleTree(DEPTH);
    apply(withSavepoint, committed, new HashMap<>());
    apply(without, committed, new HashMap<>());

    Savepoint savepoint = withSavepoint.savepoint();
    apply(withSavepoint, tentative, new HashMap<>());
    withSavepoint.release(savepoint);
    apply(without, tentative, new HashMap<>());

    assertThat(withSavepoint.root()).isEqualTo(without.root());
    assertThat(allLeaves(withSavepoint)).isEqualTo(allLeaves(without));
    assertThat(withSavepoint.storedNodes()).isEqualTo(without.storedNodes());
  }

  @Property(tries = 100)
  void nestedSavepointsBehaveLikeAStackOfSnapshots(@ForAll("actions") List<Action> actions) {
    SparseMerkleTree tree = new SparseMerkleTree(DEPTH);
    Map<Long, Fr> model = new HashMap<>();
    List<Snapshot> open = new ArrayList<>();
    for (Action action : actions) {
      if (action instanceof Write write) {
        tree.set(write.update().index(), write.update().leaf());
        model.put(write.update().index(), write.update().leaf());
      } else if (action instanceof Open) {
        open.add(new Snapshot(tree.savepoint(), new HashMap<>(model), tree.root()));
      } else if (!open.isEmpty()) {
        int pick = ((Close) action).pick() % open.size();
        Snapshot snapshot = open.get(pick);
        if (((Close) action).rollback()) {
          tree.rollbackTo(snapshot.savepoint());
          model = new HashMap<>(snapshot.leaves());
          assertThat(tree.root()).isEqualTo(snapshot.root());
        } else {
          tree.release(snapshot.savepoint());
        }
        List<Snapshot> closed = open.subList(pick, open.size());
        assertThat(closed).allMatch(s -> !s.savepoint().isOpen());
        closed.clear();
      }
      assertThat(allLeaves(tree)).isEqualTo(modelLeaves(model));
      assertThat(tree.size()).isEqualTo(nonZeroCount(model));
    }
    assertThat(tree.root()).isEqualTo(NaiveMerkle.fullRoot(DEPTH, model));
  }

  @Property(tries = 100)
  void resettingEveryLeafToZeroRestoresTheEmptyTree(@ForAll("updates") List<Update> updates) {
    SparseMerkleTree tree = new SparseMerkleTree(DEPTH);
    apply(tree, updates, new HashMap<>());
    for (Update update : updates) {
      tree.set(update.index(), Fr.ZERO);
    }

    assertThat(tree.root()).isEqualTo(ZeroHashesFixture.zero(DEPTH));
    assertThat(tree.size()).isZero();
    assertThat(tree.storedNodes()).isZero();
  }

  @Provide
  Arbitrary<List<Action>> actions() {
    Arbitrary<Action> write = MerkleArbitraries.update(DEPTH).map(Write::new);
    Arbitrary<Action> close =
        Arbitraries.integers()
            .between(0, 10)
            .flatMap(
                pick -> Arbitraries.of(true, false).map(rollback -> new Close(pick, rollback)));
    return Arbitraries.frequencyOf(
            Tuple.of(6, write), Tuple.of(2, Arbitraries.just(new Open())), Tuple.of(2, close))
        .list()
        .ofMaxSize(40);
  }

  /** One step of the savepoint model test. */
  sealed interface Action permits Write, Open, Close {}

  record Write(Update update) implements Action {}

  record Open() implements Action {}

  /**
   * Rolls back or releases the {@code pick}-th open savepoint, counted modulo how many are open.
   */
  record Close(int pick, boolean rollback) implements Action {}

  private record Snapshot(Savepoint savepoint, Map<Long, Fr> leaves, Fr root) {}

  private static void apply(SparseMerkleTree tree, List<Update> updates, Map<Long, Fr> model) {
    for (Update update : updates) {
      tree.set(update.index(), update.leaf());
      model.put(update.index(), update.leaf());
    }
  }

  private static MerkleProof tampered(MerkleProof proof, int level) {
    List<Fr> siblings = new ArrayList<>(proof.siblings());
    siblings.set(level, siblings.get(level).add(Fr.of(1)));
    return new MerkleProof(proof.index(), siblings);
  }

  private static List<Fr> allLeaves(SparseMerkleTree tree) {
    List<Fr> leaves = new ArrayList<>();
    for (long index = 0; index < 1L << tree.depth(); index++) {
      leaves.add(tree.leaf(index));
    }
    return leaves;
  }

  private static List<Fr> modelLeaves(Map<Long, Fr> model) {
    List<Fr> leaves = new ArrayList<>();
    for (long index = 0; index < 1L << DEPTH; index++) {
      leaves.add(model.getOrDefault(index, Fr.ZERO));
    }
    return leaves;
  }

  private static long nonZeroCount(Map<Long, Fr> model) {
    return model.values().stream().filter(leaf -> !leaf.equals(Fr.ZERO)).count();
  }
}
