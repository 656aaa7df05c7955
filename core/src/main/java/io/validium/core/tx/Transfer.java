package io.validium.core.tx;

import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.Objects;

/**
 * Moves {@code amount} of a token from one L2 account to another, signed by the sender.
 *
 * <p>Immutable, with value equality over its seven fields like a record; a class only so that it
 * can keep its signed message and its commitment leaf once hashed: the sequencer verifies the
 * signature on one thread and closes the batch on another, and Poseidon should run once per
 * transaction. The caches are benign races (the value is a function of the final fields).
 */
public final class Transfer implements Transaction {
  private final Domain domain;
  private final AccountId from;
  private final AccountId to;
  private final TokenId token;
  private final Amount amount;
  private final Nonce nonce;
  private final EdDsaSignature signature;
  private volatile Fr message;
  private volatile Fr commitmentLeaf;

  public Transfer(
      Domain domain,
      AccountId from,
      AccountId to,
      TokenId token,
      Amount amount,
      Nonce nonce,
      EdDsaSignature signature) {
    this.domain = Objects.requireNonNull(domain, "domain");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.token = Objects.requireNonNull(token, "token");
    this.amount = Objects.requireNonNull(amount, "amount");
    this.nonce = Objects.requireNonNull(nonce, "nonce");
    this.signature = Objects.requireNonNull(signature, "signature");
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

  /** This transfer's signed message, hashed on first use. */
  public Fr message() {
    Fr m = message;
    if (m == null) {
      m = message(domain, from, to, token, amount, nonce);
      message = m;
    }
    return m;
  }

  @Override
  public Domain domain() {
    return domain;
  }

  public AccountId from() {
    return from;
  }

  public AccountId to() {
    return to;
  }

  public TokenId token() {
    return token;
  }

  public Amount amount() {
    return amount;
  }

  public Nonce nonce() {
    return nonce;
  }

  public EdDsaSignature signature() {
    return signature;
  }

  @Override
  public TxType type() {
    return TxType.TRANSFER;
  }

  /** {@code H(M, R8x, R8y, S)}, hashed on first use. */
  @Override
  public Fr commitmentLeaf() {
    Fr leaf = commitmentLeaf;
    if (leaf == null) {
      leaf = SignedLeaf.of(message(), signature);
      commitmentLeaf = leaf;
    }
    return leaf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Transfer t
        && domain.equals(t.domain)
        && from.equals(t.from)
        && to.equals(t.to)
        && token.equals(t.token)
        && amount.equals(t.amount)
        && nonce.equals(t.nonce)
        && signature.equals(t.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(domain, from, to, token, amount, nonce, signature);
  }

  @Override
  public String toString() {
    return "Transfer[domain="
        + domain
        + ", from="
        + from
        + ", to="
        + to
        + ", token="
        + token
        + ", amount="
        + amount
        + ", nonce="
        + nonce
        + ", signature="
        + signature
        + "]";
  }
}
