package io.validium.zk.gadgets;

import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Linear;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;

/**
 * Merkle paths of a binary Poseidon tree as {@code io.validium.core.merkle.MerkleProof} defines
 * them: node = Poseidon(left, right), siblings from the leaf level up, and bit k of the index set
 * when the path node at level k is a right child.
 */
public final class MerklePath {

  /** The roots before and after replacing a leaf. */
  public record Update(LinearCombination oldRoot, LinearCombination newRoot) {}

  private MerklePath() {}

  /**
   * The root above {@code leaf} with these index bits (least significant first, one per level) and
   * siblings. Constrains each bit boolean; per level 1 + 1 + 240 constraints.
   */
  public static LinearCombination root(
      CircuitBuilder api, Linear leaf, Linear[] indexBits, Linear[] siblings) {
    checkShape(indexBits, siblings);
    try (CircuitBuilder.Scope s = api.scope("merkle")) {
      for (Linear b : indexBits) {
        Bits.assertBoolean(api, b);
      }
      return climb(api, leaf, indexBits, siblings);
    }
  }

  /**
   * The root above {@code leaf} at {@code index}, which is decomposed into siblings.length bits and
   * so constrained below 2^depth.
   */
  public static LinearCombination rootAt(
      CircuitBuilder api, Linear leaf, Linear index, Linear[] siblings) {
    try (CircuitBuilder.Scope s = api.scope("merkle")) {
      Variable[] bits = Bits.toBinary(api, index, siblings.length);
      return climb(api, leaf, bits, siblings);
    }
  }

  /**
   * The roots with {@code oldLeaf} and with {@code newLeaf} at the same position: a proof that the
   * tree with the first root becomes the tree with the second by this one leaf update.
   */
  public static Update update(
      CircuitBuilder api, Linear oldLeaf, Linear newLeaf, Linear[] indexBits, Linear[] siblings) {
    checkShape(indexBits, siblings);
    try (CircuitBuilder.Scope s = api.scope("merkleUpdate")) {
      for (Linear b : indexBits) {
        Bits.assertBoolean(api, b);
      }
      LinearCombination oldRoot;
      try (CircuitBuilder.Scope o = api.scope("old")) {
        oldRoot = climb(api, oldLeaf, indexBits, siblings);
      }
      try (CircuitBuilder.Scope n = api.scope("new")) {
        return new Update(oldRoot, climb(api, newLeaf, indexBits, siblings));
      }
    }
  }

  private static LinearCombination climb(
      CircuitBuilder api, Linear leaf, Linear[] bits, Linear[] siblings) {
    LinearCombination node = leaf.toLinearCombination();
    for (int level = 0; level < siblings.length; level++) {
      try (CircuitBuilder.Scope s = api.scope("level" + level)) {
        // With bit b: left = node + b·(sibling - node), right = sibling + node - left.
        LinearCombination sibling = siblings[level].toLinearCombination();
        LinearCombination swap = api.mul(bits[level], sibling.sub(node), "swap");
        LinearCombination left = node.add(swap);
        LinearCombination right = sibling.sub(swap);
        node = PoseidonGadget.hash(api, left, right);
      }
    }
    return node;
  }

  private static void checkShape(Linear[] indexBits, Linear[] siblings) {
    if (siblings.length == 0 || indexBits.length != siblings.length) {
      throw new IllegalArgumentException(
          "need one index bit per sibling, got "
              + indexBits.length
              + " bits and "
              + siblings.length
              + " siblings");
    }
  }
}
