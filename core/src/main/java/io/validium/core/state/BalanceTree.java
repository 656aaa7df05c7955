package io.validium.core.state;

import io.validium.core.field.Fr;
import io.validium.core.merkle.DenseMerkleTree;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An account's balances: the typed face of its immutable balance tree, whose leaf {@code t} is the
 * balance of token {@code t}. Immutable, so an old version stays valid for rollback and witnesses.
 *
 * <p>A changed balance is hashed into the tree only when a root or a proof is first asked for, so
 * an account whose balance changes many times between two roots (a busy receiver within one batch)
 * pays for one path, not one per change.
 */
public final class BalanceTree {
  // The tree as last hashed and the leaves changed since; together they are this version.
  private final DenseMerkleTree hashed;
  private final Map<Integer, Fr> pending;
  // hashed with pending applied, computed once; immutable, so a racing reader computes the same.
  private volatile DenseMerkleTree tree;

  private BalanceTree(DenseMerkleTree hashed, Map<Integer, Fr> pending) {
    this.hashed = hashed;
    this.pending = pending;
    this.tree = pending.isEmpty() ? hashed : null;
  }

  /** The tree with every balance zero. */
  public static BalanceTree empty(int depth) {
    return new BalanceTree(DenseMerkleTree.empty(depth), Map.of());
  }

  public int depth() {
    return hashed.depth();
  }

  public Fr root() {
    return tree().root();
  }

  public Amount balance(TokenId token) {
    return Amount.of(leaf(slot(token)).toBigInteger());
  }

  /** A copy with one balance changed; its hashing waits for the first root or proof. */
  public BalanceTree with(TokenId token, Amount amount) {
    int slot = slot(token);
    Fr leaf = Fr.fromBigInteger(amount.toBigInteger());
    DenseMerkleTree done = tree;
    if (done != null) {
      return new BalanceTree(done, Map.of(slot, leaf));
    }
    Map<Integer, Fr> next = new HashMap<>(pending);
    next.put(slot, leaf);
    return new BalanceTree(hashed, Map.copyOf(next));
  }

  public MerkleProof proof(TokenId token) {
    return tree().proof(slot(token));
  }

  /** The tokens with a non-zero balance, by id. */
  public List<TokenId> tokensWithBalance() {
    List<TokenId> out = new ArrayList<>();
    for (int t = 0; t < (1 << hashed.depth()); t++) {
      if (!leaf(t).isZero()) {
        out.add(TokenId.of(t));
      }
    }
    return out;
  }

  private Fr leaf(int slot) {
    Fr changed = pending.get(slot);
    return changed != null ? changed : hashed.leaf(slot);
  }

  private DenseMerkleTree tree() {
    DenseMerkleTree t = tree;
    if (t == null) {
      t = hashed;
      for (Map.Entry<Integer, Fr> e : pending.entrySet()) {
        t = t.withLeaf(e.getKey(), e.getValue());
      }
      tree = t;
    }
    return t;
  }

  private int slot(TokenId token) {
    if (token.value() >= (1 << hashed.depth())) {
      throw new IllegalArgumentException(
          "token " + token + " has no slot in a balance tree of depth " + hashed.depth());
    }
    return token.value();
  }
}
