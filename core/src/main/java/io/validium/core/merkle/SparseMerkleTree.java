package io.validium.core.merkle;

import io.validium.core.crypto.MerkleZeros;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mutable binary Poseidon Merkle tree that stores only the nodes differing from the empty subtree.
 *
 * <p>A node whose value is {@code MerkleZeros.zero(level)} is never stored, so the empty tree costs
 * no memory and no hashing whatever its depth, a tree with {@code n} non-empty leaves holds at most
 * {@code n * (depth + 1)} nodes, and {@link #set} costs at most {@code depth} Poseidon hashes.
 *
 * <p>For the state transition function, which applies a whole batch tentatively, {@link
 * #savepoint()} starts an undo journal of every node write; {@link #rollbackTo} replays it
 * backwards and {@link #release} keeps the changes. Savepoints nest. Without an open savepoint
 * nothing is journaled, so ordinary updates pay nothing for the mechanism.
 *
 * <p>Not thread-safe.
 */
public final class SparseMerkleTree {

  private final int depth;
  private final long capacity;
  private final Fr[] zeros;
  private final List<Map<Long, Fr>> levels;
  private final List<Change> journal = new ArrayList<>();
  private final Deque<Savepoint> openSavepoints = new ArrayDeque<>();

  /**
   * Creates an empty tree with {@code 2^depth} leaves.
   *
   * @throws IllegalArgumentException unless {@code 1 <= depth <= MerkleProof.MAX_DEPTH}
   */
  public SparseMerkleTree(int depth) {
    if (depth < 1 || depth > MerkleProof.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "depth must be in 1.." + MerkleProof.MAX_DEPTH + ", got " + depth);
    }
    this.depth = depth;
    this.capacity = 1L << depth;
    this.zeros = new Fr[depth + 1];
    this.levels = new ArrayList<>(depth + 1);
    for (int level = 0; level <= depth; level++) {
      zeros[level] = MerkleZeros.zero(level);
      levels.add(new HashMap<>());
    }
  }

  /** Number of levels below the root; the tree has {@code 2^depth} leaves. */
  public int depth() {
    return depth;
  }

  /** Current root; {@code MerkleZeros.zero(depth)} for the empty tree. */
  public Fr root() {
    return node(depth, 0);
  }

  /** Number of leaves that are not zero. */
  public long size() {
    return levels.get(0).size();
  }

  /**
   * Leaf at {@code index}, zero if never set.
   *
   * @throws IllegalArgumentException if {@code index} is not in {@code 0 .. 2^depth - 1}
   */
  public Fr leaf(long index) {
    checkIndex(index);
    return node(0, index);
  }

  /**
   * Replaces the leaf at {@code index} and rehashes its path; zero empties the slot.
   *
   * @throws IllegalArgumentException if {@code index} is not in {@code 0 .. 2^depth - 1}
   * @throws NullPointerException if {@code leaf} is null
   */
  public void set(long index, Fr leaf) {
    checkIndex(index);
    Objects.requireNonNull(leaf, "leaf");
    if (node(0, index).equals(leaf)) {
      return;
    }
    Fr current = leaf;
    long position = index;
    store(0, position, current);
    for (int level = 0; level < depth; level++) {
      Fr sibling = node(level, position ^ 1);
      if (current.equals(zeros[level]) && sibling.equals(zeros[level])) {
        // Both halves empty again: the parent is a known zero, and rehashing would waste a hash.
        current = zeros[level + 1];
      } else if ((position & 1) == 0) {
        current = Poseidon.hash(current, sibling);
      } else {
        current = Poseidon.hash(sibling, current);
      }
      position >>>= 1;
      store(level + 1, position, current);
    }
  }

  /**
   * Replaces several leaves and rehashes the union of their paths once: a node shared by the paths
   * of several changed leaves costs one hash, not one per leaf. The result equals calling {@link
   * #set} for each entry in any order.
   *
   * @throws IllegalArgumentException if an index is not in {@code 0 .. 2^depth - 1}
   * @throws NullPointerException if a leaf is null
   */
  public void setAll(Map<Long, Fr> leaves) {
    long[] changed = new long[leaves.size()];
    int n = 0;
    for (Map.Entry<Long, Fr> e : leaves.entrySet()) {
      long index = e.getKey();
      checkIndex(index);
      Fr leaf = Objects.requireNonNull(e.getValue(), "leaf");
      if (!node(0, index).equals(leaf)) {
        store(0, index, leaf);
        changed[n++] = index;
      }
    }
    java.util.Arrays.sort(changed, 0, n);
    for (int level = 0; level < depth && n > 0; level++) {
      // Sorted positions: siblings are adjacent, so each parent is computed once.
      int parents = 0;
      for (int i = 0; i < n; i++) {
        long parent = changed[i] >>> 1;
        if (parents > 0 && changed[parents - 1] == parent) {
          continue;
        }
        Fr left = node(level, parent << 1);
        Fr right = node(level, (parent << 1) | 1);
        Fr value =
            left.equals(zeros[level]) && right.equals(zeros[level])
                ? zeros[level + 1]
                : Poseidon.hash(left, right);
        store(level + 1, parent, value);
        changed[parents++] = parent;
      }
      n = parents;
    }
  }

  /**
   * Proof that the current leaf at {@code index} belongs to the current root.
   *
   * @throws IllegalArgumentException if {@code index} is not in {@code 0 .. 2^depth - 1}
   */
  public MerkleProof proof(long index) {
    checkIndex(index);
    List<Fr> siblings = new ArrayList<>(depth);
    for (int level = 0; level < depth; level++) {
      siblings.add(node(level, (index >>> level) ^ 1));
    }
    return new MerkleProof(index, siblings);
  }

  /** Marks the current state so that {@link #rollbackTo} can return to it. */
  public Savepoint savepoint() {
    Savepoint savepoint = new Savepoint(this, journal.size());
    openSavepoints.push(savepoint);
    return savepoint;
  }

  /**
   * Undoes every change made since {@code savepoint} was taken, then closes it and every savepoint
   * taken after it.
   *
   * @throws IllegalArgumentException if {@code savepoint} belongs to another tree
   * @throws IllegalStateException if {@code savepoint} is already closed
   */
  public void rollbackTo(Savepoint savepoint) {
    checkOpen(savepoint);
    int mark = savepoint.journalMark();
    for (int i = journal.size() - 1; i >= mark; i--) {
      journal.get(i).undo(levels);
    }
    journal.subList(mark, journal.size()).clear();
    closeThrough(savepoint);
  }

  /**
   * Keeps every change made since {@code savepoint} was taken and closes it and every savepoint
   * taken after it; changes stay undoable by a still open earlier savepoint.
   *
   * @throws IllegalArgumentException if {@code savepoint} belongs to another tree
   * @throws IllegalStateException if {@code savepoint} is already closed
   */
  public void release(Savepoint savepoint) {
    checkOpen(savepoint);
    closeThrough(savepoint);
    if (openSavepoints.isEmpty()) {
      // Nothing can roll these changes back any more.
      journal.clear();
    }
  }

  /** Number of journaled node writes, for tests of the journal's lifetime. */
  int journalSize() {
    return journal.size();
  }

  /** Number of stored nodes, for tests that emptied slots free their nodes. */
  long storedNodes() {
    return levels.stream().mapToLong(Map::size).sum();
  }

  private Fr node(int level, long position) {
    return levels.get(level).getOrDefault(position, zeros[level]);
  }

  private void store(int level, long position, Fr value) {
    Map<Long, Fr> nodes = levels.get(level);
    Fr previous = value.equals(zeros[level]) ? nodes.remove(position) : nodes.put(position, value);
    if (!openSavepoints.isEmpty()) {
      journal.add(new Change(level, position, previous));
    }
  }

  private void checkIndex(long index) {
    if (index < 0 || index >= capacity) {
      throw new IllegalArgumentException(
          "index " + index + " out of range for a tree of depth " + depth);
    }
  }

  private void checkOpen(Savepoint savepoint) {
    if (Objects.requireNonNull(savepoint, "savepoint").tree() != this) {
      throw new IllegalArgumentException("savepoint belongs to another tree");
    }
    if (!savepoint.isOpen()) {
      throw new IllegalStateException("savepoint already rolled back or released");
    }
  }

  private void closeThrough(Savepoint savepoint) {
    Savepoint closed;
    do {
      closed = openSavepoints.pop();
      closed.close();
    } while (closed != savepoint);
  }

  /** One journaled node write: the value it overwrote, null if the node was not stored. */
  private record Change(int level, long position, Fr previous) {
    void undo(List<Map<Long, Fr>> levels) {
      Map<Long, Fr> nodes = levels.get(level);
      if (previous == null) {
        nodes.remove(position);
      } else {
        nodes.put(position, previous);
      }
    }
  }
}
