package io.validium.core.merkle;

import io.validium.core.crypto.MerkleZeros;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Immutable binary Poseidon Merkle tree holding every node in one array, meant for the small
 * per-account balance trees.
 *
 * <p>Why not {@link SparseMerkleTree}: a balance tree has 16 leaves at the default depth 4, so the
 * whole tree is a 32-slot array, smaller than the hash maps a sparse tree needs for even one leaf
 * and read without boxing or hashing of keys. Being immutable, an account can hold its balance tree
 * as a plain value: the state transition function undoes a tentative batch by restoring the
 * previous tree reference, instead of opening a savepoint in each of thousands of trees. {@link
 * #withLeaf} copies the array, which is cheap at this size but grows as {@code 2^depth}; hence the
 * depth limit of {@value #MAX_DEPTH}, the width of a token id.
 */
public final class DenseMerkleTree {

  /** Deepest tree supported; a depth-16 tree already copies 131,072 references per update. */
  public static final int MAX_DEPTH = 16;

  private final int depth;

  /** Heap layout: the root at 1, the children of node {@code i} at {@code 2i} and {@code 2i+1}. */
  private final Fr[] nodes;

  private DenseMerkleTree(int depth, Fr[] nodes) {
    this.depth = depth;
    this.nodes = nodes;
  }

  /**
   * Tree of the given depth whose leaves are all zero.
   *
   * @throws IllegalArgumentException unless {@code 1 <= depth <= MAX_DEPTH}
   */
  public static DenseMerkleTree empty(int depth) {
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new IllegalArgumentException("depth must be in 1.." + MAX_DEPTH + ", got " + depth);
    }
    Fr[] nodes = new Fr[2 << depth];
    for (int level = 0; level <= depth; level++) {
      int first = 1 << (depth - level);
      Arrays.fill(nodes, first, 2 * first, MerkleZeros.zero(level));
    }
    return new DenseMerkleTree(depth, nodes);
  }

  /** Number of levels below the root; the tree has {@code 2^depth} leaves. */
  public int depth() {
    return depth;
  }

  /** Root of the tree; {@code MerkleZeros.zero(depth)} when every leaf is zero. */
  public Fr root() {
    return nodes[1];
  }

  /**
   * Leaf at {@code index}.
   *
   * @throws IllegalArgumentException if {@code index} is not in {@code 0 .. 2^depth - 1}
   */
  public Fr leaf(int index) {
    return nodes[leafPosition(index)];
  }

  /**
   * Tree equal to this one except for the leaf at {@code index}; this tree is unchanged.
   *
   * @throws IllegalArgumentException if {@code index} is not in {@code 0 .. 2^depth - 1}
   * @throws NullPointerException if {@code leaf} is null
   */
  public DenseMerkleTree withLeaf(int index, Fr leaf) {
    int position = leafPosition(index);
    if (nodes[position].equals(Objects.requireNonNull(leaf, "leaf"))) {
      return this;
    }
    Fr[] updated = nodes.clone();
    updated[position] = leaf;
    for (int level = 1; level <= depth; level++) {
      position >>>= 1;
      Fr left = updated[2 * position];
      Fr right = updated[2 * position + 1];
      Fr emptyChild = MerkleZeros.zero(level - 1);
      // Both halves empty: the parent is a known zero, and rehashing would waste a hash.
      updated[position] =
          left.equals(emptyChild) && right.equals(emptyChild)
              ? MerkleZeros.zero(level)
              : Poseidon.hash(left, right);
    }
    return new DenseMerkleTree(depth, updated);
  }

  /**
   * Proof that the leaf at {@code index} belongs to {@link #root()}.
   *
   * @throws IllegalArgumentException if {@code index} is not in {@code 0 .. 2^depth - 1}
   */
  public MerkleProof proof(int index) {
    int position = leafPosition(index);
    List<Fr> siblings = new ArrayList<>(depth);
    for (int level = 0; level < depth; level++) {
      siblings.add(nodes[position ^ 1]);
      position >>>= 1;
    }
    return new MerkleProof(index, siblings);
  }

  private int leafPosition(int index) {
    int width = 1 << depth;
    if (index < 0 || index >= width) {
      throw new IllegalArgumentException(
          "index " + index + " out of range for a tree of depth " + depth);
    }
    return width + index;
  }

  /** Trees are equal when they have the same depth and the same leaves. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DenseMerkleTree other
        && depth == other.depth
        && Arrays.equals(nodes, other.nodes);
  }

  @Override
  public int hashCode() {
    return 31 * depth + root().hashCode();
  }

  @Override
  public String toString() {
    return "DenseMerkleTree[depth=" + depth + ", root=" + root() + "]";
  }
}
