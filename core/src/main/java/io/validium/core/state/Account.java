package io.validium.core.state;

import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.Objects;

/** An existing L2 account: its owner's key, its nonce and its balances. Immutable. */
public record Account(EdDsaPublicKey publicKey, Nonce nonce, BalanceTree balances) {

  public Account {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(balances, "balances");
  }

  public static Account open(EdDsaPublicKey publicKey, int balanceDepth) {
    return new Account(publicKey, Nonce.ZERO, BalanceTree.empty(balanceDepth));
  }

  /** {@code H(Ax, Ay, nonce, balanceRoot)}, the account's leaf in the state tree. */
  public Fr leaf() {
    return Poseidon.hash(publicKey.x(), publicKey.y(), Fr.of(nonce.value()), balances.root());
  }

  public Amount balance(TokenId token) {
    return balances.balance(token);
  }

  public Account withBalance(TokenId token, Amount amount) {
    return new Account(publicKey, nonce, balances.with(token, amount));
  }

  public Account withNonce(Nonce next) {
    return new Account(publicKey, next, balances);
  }
}
