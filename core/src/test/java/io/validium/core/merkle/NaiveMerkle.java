package io.validium.core.merkle;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import java.util.Map;
import java.util.TreeMap;

/** Roots recomputed from scratch, independently of the incremental trees under test. */
final class NaiveMerkle {

  private NaiveMerkle() {}

  /**
   * Hashes every node of the full tree, zeros included, so that even the empty-subtree values are
   * derived here rather than trusted; affordable for small depths only.
   */
  static Fr fullRoot(int depth, Map<Long, Fr> leaves) {
    Fr[] level = new Fr[1 << depth];
    for (int i = 0; i < level.length; i++) {
      level[i] = leaves.getOrDefault((long) i, Fr.ZERO);
    }
    for (int height = 0; height < depth; height++) {
      Fr[] parents = new Fr[level.length / 2];
      for (int i = 0; i < parents.length; i++) {
        parents[i] = Poseidon.hash(level[2 * i], level[2 * i + 1]);
      }
      level = parents;
    }
    return level[0];
  }

  /**
   * Recurses only into subtrees that hold a non-zero leaf and takes empty subtrees from the
   * circomlibjs fixture, which makes deep trees affordable.
   */
  static Fr sparseRoot(int depth, Map<Long, Fr> leaves) {
    TreeMap<Long, Fr> nonZero = new TreeMap<>();
    leaves.forEach(
        (index, leaf) -> {
          if (!leaf.equals(Fr.ZERO)) {
            nonZero.put(index, leaf);
          }
        });
    return subtreeRoot(nonZero, depth, 0);
  }

  private static Fr subtreeRoot(TreeMap<Long, Fr> leaves, int height, long first) {
    long width = 1L << height;
    if (leaves.subMap(first, first + width).isEmpty()) {
      return ZeroHashesFixture.zero(height);
    }
    if (height == 0) {
      return leaves.get(first);
    }
    long half = width / 2;
    return Poseidon.hash(
        subtreeRoot(leaves, height - 1, first), subtreeRoot(leaves, height - 1, first + half));
  }
}
