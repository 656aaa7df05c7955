package io.validium.core.tx;

import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.Objects;

/**
 * Credits an L2 account with funds locked on L1, creating the account with {@code publicKey} if its
 * slot is empty. Not signed: the L1 contract authorised it when the user deposited.
 */
public record Deposit(
    Domain domain,
    DepositIndex index,
    AccountId account,
    EdDsaPublicKey publicKey,
    TokenId token,
    Amount amount)
    implements Transaction {

  public Deposit {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(amount, "amount");
  }

  /** {@code H(domainHash, header, amount, Ax, Ay, depositIndex)}, as L1 computes it on deposit. */
  public Fr depositLeaf() {
    return Poseidon.hash(
        domain.hash(),
        Header.pack(TxType.DEPOSIT, account, token, Nonce.ZERO),
        Fr.fromBigInteger(amount.toBigInteger()),
        publicKey.x(),
        publicKey.y(),
        Fr.of(index.value()));
  }

  @Override
  public TxType type() {
    return TxType.DEPOSIT;
  }

  @Override
  public Fr commitmentLeaf() {
    return depositLeaf();
  }
}
