package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.merkle.SparseMerkleTree;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerklePathTest {

  private static final JsonNode ZEROS = Fixtures.json("merkle-zero-hashes.json").get("zeros");

  private static Fr zero(int level) {
    return Fr.fromDecimal(ZEROS.get(level).asText());
  }

  @Test
  void anEmptyDepth32TreeHasTheCircomlibZeroRoot() {
    int depth = 32;
    CircuitBuilder api = new CircuitBuilder();
    Variable leaf = api.privateInput("leaf");
    Variable index = api.privateInput("index");
    Variable[] siblings = new Variable[depth];
    for (int k = 0; k < depth; k++) {
      siblings[k] = api.privateInput("sibling" + k);
    }
    LinearCombination root = MerklePath.rootAt(api, leaf, index, siblings);
    ConstraintSystem cs = api.build();
    Assignment a = new Assignment().set(leaf, Fr.ZERO).set(index, 0xdead_beefL);
    for (int k = 0; k < depth; k++) {
      a.set(siblings[k], zero(k));
    }
    Witness w = cs.solve(a);

    assertThat(cs.isSatisfied(w)).isTrue();
    assertThat(w.evaluate(root)).isEqualTo(zero(depth));
  }

  @Test
  void updateMatchesTheNativeSparseTree() {
    int depth = 8;
    SparseMerkleTree tree = new SparseMerkleTree(depth);
    for (long i = 0; i < 20; i++) {
      tree.set(i * 11 % 256, Fr.of(1000 + i));
    }
    long index = 77;
    Fr oldLeaf = tree.leaf(index);
    Fr oldRoot = tree.root();
    MerkleProof proof = tree.proof(index);
    Fr newLeaf = Fr.of(424242);
    tree.set(index, newLeaf);

    MerkleCircuit circuit = MerkleCircuit.of(depth);
    Witness w = circuit.solve(proof, oldLeaf, newLeaf, oldRoot, tree.root());

    assertThat(circuit.cs().isSatisfied(w)).isTrue();
    assertThat(w.evaluate(circuit.update().newRoot())).isEqualTo(tree.root());
  }

  @Test
  void aWrongSiblingCannotReachTheRoot() {
    int depth = 4;
    SparseMerkleTree tree = new SparseMerkleTree(depth);
    tree.set(5, Fr.of(55));
    tree.set(6, Fr.of(66));
    MerkleProof proof = tree.proof(5);
    List<Fr> wrong = new ArrayList<>(proof.siblings());
    wrong.set(2, wrong.get(2).add(Fr.ONE));

    MerkleCircuit circuit = MerkleCircuit.of(depth);
    Witness w =
        circuit.solve(new MerkleProof(5, wrong), Fr.of(55), Fr.of(55), tree.root(), tree.root());

    assertThat(circuit.cs().firstUnsatisfied(w).orElseThrow().label()).isEqualTo("oldRoot");
  }

  @Test
  void aFlippedIndexBitIsCaught() {
    int depth = 4;
    SparseMerkleTree tree = new SparseMerkleTree(depth);
    tree.set(5, Fr.of(55));
    tree.set(4, Fr.of(44));
    MerkleProof proof = tree.proof(5);
    MerkleCircuit circuit = MerkleCircuit.of(depth);
    Witness w = circuit.solve(proof, Fr.of(55), Fr.of(55), tree.root(), tree.root());
    assertThat(circuit.cs().isSatisfied(w)).isTrue();

    Witness flipped = w.with(circuit.bits()[0], Fr.ZERO);

    assertThat(circuit.cs().isSatisfied(flipped)).isFalse();
  }

  @Test
  void aNonBooleanIndexBitIsRejected() {
    int depth = 2;
    MerkleCircuit circuit = MerkleCircuit.of(depth);
    MerkleProof proof = new MerkleProof(0, List.of(Fr.ZERO, zero(1)));
    Witness w = circuit.solve(proof, Fr.ZERO, Fr.ZERO, zero(2), zero(2));
    assertThat(circuit.cs().isSatisfied(w)).isTrue();
    Witness tampered = w.with(circuit.bits()[1], Fr.of(2));
    assertThat(circuit.cs().firstUnsatisfied(tampered).orElseThrow().label())
        .isEqualTo("merkleUpdate/bool");
  }

  @Test
  void eachLevelCostsOneSwapAndOnePoseidonPlusTheBitCheck() {
    CircuitBuilder api = new CircuitBuilder();
    int depth = 3;
    Variable[] bits = new Variable[depth];
    Variable[] siblings = new Variable[depth];
    for (int k = 0; k < depth; k++) {
      bits[k] = api.privateInput("b" + k);
      siblings[k] = api.privateInput("s" + k);
    }
    MerklePath.root(api, api.privateInput("leaf"), bits, siblings);
    assertThat(api.constraintCount()).isEqualTo(depth * (1 + 1 + 240));
  }
}
