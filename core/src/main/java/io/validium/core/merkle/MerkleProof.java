package io.validium.core.merkle;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import java.util.List;
import java.util.Objects;

/**
 * Path from a leaf to the root of a binary Poseidon Merkle tree, checkable without the tree.
 *
 * <p>{@code siblings.get(k)} is the sibling of the path node at level {@code k} (level 0 being the
 * leaf), and bit {@code k} of {@code index} says whether that path node is a right child; the
 * tree's depth is {@code siblings.size()}.
 *
 * @param index position of the leaf, {@code 0 <= index < 2^depth}
 * @param siblings sibling hashes from the leaf level upwards; copied into an immutable list
 */
public record MerkleProof(long index, List<Fr> siblings) {

  /** Deepest tree a proof can describe; matches the trees of this package. */
  public static final int MAX_DEPTH = 32;

  /**
   * Validates the shape of the proof.
   *
   * @throws IllegalArgumentException if the depth is not in {@code 1..MAX_DEPTH} or the index does
   *     not fit it
   * @throws NullPointerException if {@code siblings} or one of its elements is null
   */
  public MerkleProof {
    siblings = List.copyOf(siblings);
    int depth = siblings.size();
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "proof depth must be in 1.." + MAX_DEPTH + ", got " + depth);
    }
    if (index < 0 || index >= 1L << depth) {
      throw new IllegalArgumentException(
          "index " + index + " out of range for a tree of depth " + depth);
    }
  }

  /** Depth of the tree the proof belongs to. */
  public int depth() {
    return siblings.size();
  }

  /** Root of the tree in which {@code leaf} sits at {@link #index()} next to these siblings. */
  public Fr computeRoot(Fr leaf) {
    Fr node = Objects.requireNonNull(leaf, "leaf");
    for (int level = 0; level < siblings.size(); level++) {
      Fr sibling = siblings.get(level);
      node = isRightChild(level) ? Poseidon.hash(sibling, node) : Poseidon.hash(node, sibling);
    }
    return node;
  }

  /** Whether this proof shows that {@code leaf} sits at {@link #index()} under {@code root}. */
  public boolean verifies(Fr root, Fr leaf) {
    return computeRoot(leaf).equals(Objects.requireNonNull(root, "root"));
  }

  private boolean isRightChild(int level) {
    return ((index >>> level) & 1) == 1;
  }
}
