package io.validium.core.tx;

import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.Objects;

/** Moves {@code amount} of a token from one L2 account to another, signed by the sender. */
public record Transfer(
    Domain domain,
    AccountId from,
    AccountId to,
    TokenId token,
    Amount amount,
    Nonce nonce,
    EdDsaSignature signature)
    implements Transaction {

  public Transfer {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(signature, "signature");
  }

  /** The message the sender signs: {@code H(domainHash, header, amount, to)}. */
  public static Fr message(
      Domain domain, AccountId from, AccountId to, TokenId token, Amount amount, Nonce nonce) {
    return Poseidon.hash(
        domain.hash(),
        Header.pack(TxType.TRANSFER, from, token, nonce),
        Fr.fromBigInteger(amount.toBigInteger()),
        Fr.of(to.value()));
  }

  public Fr message() {
    return message(domain, from, to, token, amount, nonce);
  }

  @Override
  public TxType type() {
    return TxType.TRANSFER;
  }

  @Override
  public Fr commitmentLeaf() {
    return SignedLeaf.of(message(), signature);
  }
}
