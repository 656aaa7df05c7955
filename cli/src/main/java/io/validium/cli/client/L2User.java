package io.validium.cli.client;

import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.security.SecureRandom;

/** An L2 account holder: a Baby Jubjub key, an account id, and the next nonce it will sign. */
public final class L2User {
  /** The exit message's type byte (protocol.md 10.4): no transaction type uses it. */
  private static final long EXIT_TYPE = 4;

  private final AccountId account;
  private final EdDsaPrivateKey key;
  private final Domain domain;
  private long nextNonce;

  public L2User(AccountId account, EdDsaPrivateKey key, Domain domain) {
    this(account, key, domain, Nonce.ZERO);
  }

  /** An account holder whose next transaction takes {@code nextNonce} (the account's nonce). */
  public L2User(AccountId account, EdDsaPrivateKey key, Domain domain, Nonce nextNonce) {
    this.account = account;
    this.key = key;
    this.domain = domain;
    this.nextNonce = nextNonce.value();
  }

  /** A new account holder with a fresh random key. */
  public static L2User create(AccountId account, Domain domain, SecureRandom random) {
    return new L2User(account, EdDsaPrivateKey.generate(random), domain);
  }

  public AccountId account() {
    return account;
  }

  public EdDsaPublicKey publicKey() {
    return key.publicKey();
  }

  /** Signs a transfer of ETH with the next nonce (and takes that nonce). */
  public Transfer transfer(AccountId to, Amount amount) {
    return transfer(to, TokenId.ETH, amount);
  }

  /** Signs a transfer of {@code token} with the next nonce (and takes that nonce). */
  public Transfer transfer(AccountId to, TokenId token, Amount amount) {
    Nonce n = takeNonce();
    return new Transfer(
        domain,
        account,
        to,
        token,
        amount,
        n,
        key.sign(Transfer.message(domain, account, to, token, amount, n)));
  }

  /** Signs a withdrawal of ETH to {@code recipient} on L1 with the next nonce. */
  public Withdrawal withdraw(Amount amount, Address recipient) {
    return withdraw(TokenId.ETH, amount, recipient);
  }

  /** Signs a withdrawal of {@code token} to {@code recipient} on L1 with the next nonce. */
  public Withdrawal withdraw(TokenId token, Amount amount, Address recipient) {
    Nonce n = takeNonce();
    return new Withdrawal(
        domain,
        account,
        token,
        amount,
        n,
        recipient,
        key.sign(Withdrawal.message(domain, account, token, amount, n, recipient)));
  }

  /**
   * Signs the escape-hatch exit of this account's {@code token} balance to {@code recipient}: the
   * message {@code H(domainHash, 4 + 2^8 account + 2^32 token, recipient)} of protocol.md 10.4.
   */
  public EdDsaSignature signExit(TokenId token, Address recipient) {
    return key.sign(exitMessage(domain, account, token, recipient));
  }

  /** The exit message the contract's {@code exit} recomputes. */
  public static Fr exitMessage(Domain domain, AccountId account, TokenId token, Address recipient) {
    long header = EXIT_TYPE + ((long) account.value() << 8) + ((long) token.value() << 32);
    return Poseidon.hash(domain.hash(), Fr.of(header), Fr.fromBigInteger(recipient.toBigInteger()));
  }

  private Nonce takeNonce() {
    return new Nonce(nextNonce++);
  }
}
