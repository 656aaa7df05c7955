package io.validium.core.state;

import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.merkle.SparseMerkleTree;
import io.validium.core.tx.Domain;
import io.validium.core.types.AccountId;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.StateRoot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The L2 state of one deployment: the accounts and their Poseidon tree, plus the position in the L1
 * deposit queue. Mutable, single-threaded; {@link #savepoint()} lets a caller apply a whole batch
 * tentatively and undo it.
 *
 * <p>A written account's leaf is hashed into the tree only when a root or a proof is next asked
 * for, and all leaves written since then are hashed together: paths shared by several changed
 * accounts are hashed once. The roots and proofs are the same as with eager hashing.
 */
public final class L2State {
  /** Depth of the balance tree when a deployment does not choose one. */
  public static final int DEFAULT_BALANCE_DEPTH = 4;

  private final Domain domain;
  private final int balanceDepth;
  private final Map<Integer, Account> accounts = new HashMap<>();
  private final SparseMerkleTree tree = new SparseMerkleTree(AccountId.TREE_DEPTH);
  private DepositIndex nextDepositIndex = DepositIndex.FIRST;
  private Fr depositChain = Fr.ZERO;
  // Accounts written since the tree was last brought up to date.
  private final Set<Integer> unhashed = new HashSet<>();

  // Undo records, kept only while a savepoint is open.
  private final Deque<Undo> journal = new ArrayDeque<>();
  private int openSavepoints;

  public L2State(Domain domain, int balanceDepth) {
    this.domain = Objects.requireNonNull(domain, "domain");
    if (balanceDepth < 1 || balanceDepth > 16) {
      throw new IllegalArgumentException("balance depth " + balanceDepth + " is outside [1, 16]");
    }
    this.balanceDepth = balanceDepth;
  }

  public Domain domain() {
    return domain;
  }

  public int balanceDepth() {
    return balanceDepth;
  }

  public StateRoot root() {
    hashWrites();
    return StateRoot.of(tree.root());
  }

  public Optional<Account> account(AccountId id) {
    return Optional.ofNullable(accounts.get(id.value()));
  }

  public int accountCount() {
    return accounts.size();
  }

  /** The Merkle proof of an account slot (empty or not) against {@link #root()}. */
  public MerkleProof proof(AccountId id) {
    hashWrites();
    return tree.proof(id.value());
  }

  public DepositIndex nextDepositIndex() {
    return nextDepositIndex;
  }

  /** The deposit chain {@code D} after the last consumed deposit (0 before any). */
  public Fr depositChain() {
    return depositChain;
  }

  /** Writes an account and its leaf; the state transition function is the only writer. */
  void put(AccountId id, Account account) {
    Account previous = accounts.put(id.value(), account);
    if (openSavepoints > 0) {
      journal.push(new Undo(id.value(), previous, null, null));
    }
    unhashed.add(id.value());
  }

  private void hashWrites() {
    if (unhashed.isEmpty()) {
      return;
    }
    Map<Long, Fr> leaves = new HashMap<>(unhashed.size() * 2);
    for (int id : unhashed) {
      Account a = accounts.get(id);
      leaves.put((long) id, a == null ? Fr.ZERO : a.leaf());
    }
    tree.setAll(leaves);
    unhashed.clear();
  }

  void consumeDeposit(Fr newChain) {
    if (openSavepoints > 0) {
      journal.push(new Undo(-1, null, nextDepositIndex, depositChain));
    }
    nextDepositIndex = nextDepositIndex.next();
    depositChain = newChain;
  }

  /** Starts recording changes so that {@link #rollbackTo} can undo them. */
  public Savepoint savepoint() {
    // The tree's savepoint must see every write made before it.
    hashWrites();
    openSavepoints++;
    return new Savepoint(tree.savepoint(), journal.size());
  }

  /** Undoes every change since {@code sp} and closes it. */
  public void rollbackTo(Savepoint sp) {
    while (journal.size() > sp.journalSize) {
      Undo u = journal.pop();
      if (u.account >= 0) {
        if (u.previous == null) {
          accounts.remove(u.account);
        } else {
          accounts.put(u.account, u.previous);
        }
      } else {
        nextDepositIndex = u.depositIndex;
        depositChain = u.depositChain;
      }
    }
    // Every write after sp is undone, and the tree held every write before it.
    unhashed.clear();
    tree.rollbackTo(sp.tree);
    close();
  }

  /** Keeps every change since {@code sp} and closes it. */
  public void release(Savepoint sp) {
    tree.release(sp.tree);
    close();
  }

  private void close() {
    openSavepoints--;
    if (openSavepoints == 0) {
      journal.clear();
    }
  }

  /** A point to which the state can be rolled back. */
  public static final class Savepoint {
    private final io.validium.core.merkle.Savepoint tree;
    private final int journalSize;

    private Savepoint(io.validium.core.merkle.Savepoint tree, int journalSize) {
      this.tree = tree;
      this.journalSize = journalSize;
    }
  }

  private record Undo(int account, Account previous, DepositIndex depositIndex, Fr depositChain) {}
}
