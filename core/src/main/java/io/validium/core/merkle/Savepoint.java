package io.validium.core.merkle;

/**
 * Handle on a state of a {@link SparseMerkleTree} that the tree can later return to.
 *
 * <p>Obtained from {@link SparseMerkleTree#savepoint()} and closed by exactly one of {@link
 * SparseMerkleTree#rollbackTo(Savepoint)} or {@link SparseMerkleTree#release(Savepoint)}, or
 * implicitly when an earlier savepoint of the same tree is closed.
 */
public final class Savepoint {

  private final SparseMerkleTree tree;
  private final int journalMark;
  private boolean open = true;

  Savepoint(SparseMerkleTree tree, int journalMark) {
    this.tree = tree;
    this.journalMark = journalMark;
  }

  /** Whether the savepoint can still be rolled back to or released. */
  public boolean isOpen() {
    return open;
  }

  SparseMerkleTree tree() {
    return tree;
  }

  int journalMark() {
    return journalMark;
  }

  void close() {
    open = false;
  }

  @Override
  public String toString() {
    return "Savepoint[journalMark=" + journalMark + (open ? ", open]" : ", closed]");
  }
}
