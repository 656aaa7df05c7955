package io.validium.core.crypto;

import io.validium.core.field.Fr;

/**
 * Roots of empty subtrees in a binary Poseidon Merkle tree: zero(0) = 0 and zero(i+1) =
 * Poseidon(zero(i), zero(i)), for levels 0 to 64, computed once on first use.
 */
public final class MerkleZeros {

  /** Highest level available. */
  public static final int MAX_LEVEL = 64;

  private MerkleZeros() {}

  /** The root of an empty subtree of height {@code level}, 0 <= level <= 64. */
  public static Fr zero(int level) {
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException("level must be 0.." + MAX_LEVEL + ", got " + level);
    }
    return Table.ZEROS[level];
  }

  /** Lazy holder: the JVM runs this initialiser once, thread-safely, on first access. */
  private static final class Table {
    static final Fr[] ZEROS = compute();

    private static Fr[] compute() {
      Fr[] z = new Fr[MAX_LEVEL + 1];
      z[0] = Fr.ZERO;
      for (int i = 0; i < MAX_LEVEL; i++) {
        z[i + 1] = Poseidon.hash(z[i], z[i]);
      }
      return z;
    }
  }
}
