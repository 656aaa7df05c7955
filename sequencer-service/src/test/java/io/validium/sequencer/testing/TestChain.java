package io.validium.sequencer.testing;

import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.ChainId;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import io.validium.sequencer.wire.TransactionJson;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The deployment the test app runs (application.properties in test resources), fresh accounts,
 * keys, and signed transactions. Every test class in the JVM shares one app and one broker, so
 * account ids and deposit indices are handed out here, never twice.
 */
public final class TestChain {
  public static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));

  private static final AtomicInteger NEXT_ACCOUNT = new AtomicInteger(100);
  private static final AtomicLong NEXT_DEPOSIT = new AtomicLong();
  public static final TransactionJson JSON = new TransactionJson();

  private TestChain() {}

  /** A deterministic key per account id, so a test can sign for any account it opened. */
  public static EdDsaPrivateKey key(AccountId id) {
    byte[] seed = ByteBuffer.allocate(EdDsaPrivateKey.LENGTH).putInt(id.value()).array();
    seed[31] = 7;
    return EdDsaPrivateKey.fromBytes(seed);
  }

  public static AccountId newAccountId() {
    return AccountId.of(NEXT_ACCOUNT.getAndIncrement());
  }

  /** The next deposit into a new account, in L1 queue order. */
  public static synchronized Deposit nextDeposit(AccountId id, TokenId token, Amount amount) {
    return new Deposit(
        DOMAIN,
        DepositIndex.of(NEXT_DEPOSIT.getAndIncrement()),
        id,
        key(id).publicKey(),
        token,
        amount);
  }

  /** The next forced withdrawal from an open account, in the same L1 queue order as deposits. */
  public static synchronized io.validium.core.tx.ForcedWithdrawal nextForcedWithdrawal(
      AccountId id, TokenId token, Amount amount, Address recipient) {
    return new io.validium.core.tx.ForcedWithdrawal(
        DOMAIN, DepositIndex.of(NEXT_DEPOSIT.getAndIncrement()), id, token, amount, recipient);
  }

  /** A deposit of ETH at a given queue index into {@code id}, keyed with {@link #key}. */
  public static Deposit deposit(long index, AccountId id, long amount) {
    return new Deposit(
        DOMAIN, DepositIndex.of(index), id, key(id).publicKey(), TokenId.ETH, Amount.of(amount));
  }

  /** A well-formed deposit that is never sent (it takes no index from the queue). */
  public static Deposit nextDepositPreview(AccountId id) {
    return new Deposit(
        DOMAIN, DepositIndex.of(1L << 40), id, key(id).publicKey(), TokenId.ETH, Amount.of(1));
  }

  public static Transfer transfer(
      AccountId from, AccountId to, TokenId token, long amount, long nonce) {
    return transfer(DOMAIN, from, to, token, Amount.of(amount), Nonce.of(nonce), key(from));
  }

  public static Transfer transfer(
      Domain domain,
      AccountId from,
      AccountId to,
      TokenId token,
      Amount amount,
      Nonce nonce,
      EdDsaPrivateKey signer) {
    Fr m = Transfer.message(domain, from, to, token, amount, nonce);
    EdDsaSignature sig = signer.sign(m);
    return new Transfer(domain, from, to, token, amount, nonce, sig);
  }

  public static String json(io.validium.core.tx.Transaction tx) {
    return JSON.toJson(tx);
  }
}
