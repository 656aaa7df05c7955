package io.validium.cli.devnet;

import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaPublicKey;
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
  private final AccountId account;
  private final EdDsaPrivateKey key;
  private final Domain domain;
  private long nextNonce;

  public L2User(AccountId account, EdDsaPrivateKey key, Domain domain) {
    this.account = account;
    this.key = key;
    this.domain = domain;
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

  /** Signs a transfer with the next nonce (and takes that nonce). */
  public Transfer transfer(AccountId to, Amount amount) {
    Nonce n = new Nonce(nextNonce++);
    return new Transfer(
        domain,
        account,
        to,
        TokenId.ETH,
        amount,
        n,
        key.sign(Transfer.message(domain, account, to, TokenId.ETH, amount, n)));
  }

  /** Signs a withdrawal of ETH to {@code recipient} on L1 with the next nonce. */
  public Withdrawal withdraw(Amount amount, Address recipient) {
    Nonce n = new Nonce(nextNonce++);
    return new Withdrawal(
        domain,
        account,
        TokenId.ETH,
        amount,
        n,
        recipient,
        key.sign(Withdrawal.message(domain, account, TokenId.ETH, amount, n, recipient)));
  }
}
