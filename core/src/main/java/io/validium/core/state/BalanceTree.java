package io.validium.core.state;

import io.validium.core.field.Fr;
import io.validium.core.merkle.DenseMerkleTree;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.List;

/**
 * An account's balances: the typed face of its immutable balance tree, whose leaf {@code t} is the
 * balance of token {@code t}. Immutable, so an old version stays valid for rollback and witnesses.
 */
public final class BalanceTree {
  private final DenseMerkleTree tree;

  private BalanceTree(DenseMerkleTree tree) {
    this.tree = tree;
  }

  /** The tree with every balance zero. */
  public static BalanceTree empty(int depth) {
    return new BalanceTree(DenseMerkleTree.empty(depth));
  }

  public int depth() {
    return tree.depth();
  }

  public Fr root() {
    return tree.root();
  }

  public Amount balance(TokenId token) {
    return Amount.of(tree.leaf(slot(token)).toBigInteger());
  }

  /** A copy with one balance changed: {@code depth} hashes. */
  public BalanceTree with(TokenId token, Amount amount) {
    return new BalanceTree(tree.withLeaf(slot(token), Fr.fromBigInteger(amount.toBigInteger())));
  }

  public MerkleProof proof(TokenId token) {
    return tree.proof(slot(token));
  }

  /** The tokens with a non-zero balance, by id. */
  public List<TokenId> tokensWithBalance() {
    List<TokenId> out = new ArrayList<>();
    for (int t = 0; t < (1 << tree.depth()); t++) {
      if (!tree.leaf(t).isZero()) {
        out.add(TokenId.of(t));
      }
    }
    return out;
  }

  private int slot(TokenId token) {
    if (token.value() >= (1 << tree.depth())) {
      throw new IllegalArgumentException(
          "token " + token + " has no slot in a balance tree of depth " + tree.depth());
    }
    return token.value();
  }
}
