package io.validium.core.tx;

import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.Objects;

/** Burns {@code amount} of a token on L2 so that {@code recipient} can claim it on L1. */
public record Withdrawal(
    Domain domain,
    AccountId from,
    TokenId token,
    Amount amount,
    Nonce nonce,
    Address recipient,
    EdDsaSignature signature)
    implements Transaction {

  public Withdrawal {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(signature, "signature");
  }

  /** The message the sender signs: {@code H(domainHash, header, amount, recipient)}. */
  public static Fr message(
      Domain domain, AccountId from, TokenId token, Amount amount, Nonce nonce, Address recipient) {
    return Poseidon.hash(
        domain.hash(),
        Header.pack(TxType.WITHDRAWAL, from, token, nonce),
        Fr.fromBigInteger(amount.toBigInteger()),
        Fr.fromBigInteger(recipient.toBigInteger()));
  }

  public Fr message() {
    return message(domain, from, token, amount, nonce, recipient);
  }

  /** The leaf of this withdrawal in its batch's withdrawal chain, as L1 recomputes it. */
  public Fr withdrawalLeaf() {
    return Poseidon.hash(
        Fr.fromBigInteger(recipient.toBigInteger()),
        Fr.of(token.value()),
        Fr.fromBigInteger(amount.toBigInteger()));
  }

  @Override
  public TxType type() {
    return TxType.WITHDRAWAL;
  }

  @Override
  public Fr commitmentLeaf() {
    return SignedLeaf.of(message(), signature);
  }
}
