package io.validium.core.testing;

import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.ChainId;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic keys and correctly signed transactions for tests of one deployment. */
public final class TestWorld {
  public static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  public static final Domain OTHER_DOMAIN =
      new Domain(ChainId.of(1), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));

  private final List<EdDsaPrivateKey> keys = new ArrayList<>();

  /** {@code n} keys derived from a seed, so that failures reproduce. */
  public TestWorld(int n, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      keys.add(EdDsaPrivateKey.fromBytes(secret));
    }
  }

  public EdDsaPrivateKey key(int i) {
    return keys.get(i);
  }

  public EdDsaPublicKey publicKey(int i) {
    return keys.get(i).publicKey();
  }

  public static EdDsaSignature sign(EdDsaPrivateKey key, Fr message) {
    return key.sign(message);
  }

  public Transfer transfer(int from, int to, int token, long amount, long nonce) {
    AccountId f = AccountId.of(from);
    AccountId t = AccountId.of(to);
    Fr m = Transfer.message(DOMAIN, f, t, TokenId.of(token), Amount.of(amount), Nonce.of(nonce));
    return new Transfer(
        DOMAIN, f, t, TokenId.of(token), Amount.of(amount), Nonce.of(nonce), sign(key(from), m));
  }

  public Withdrawal withdrawal(int from, int token, long amount, long nonce, Address recipient) {
    AccountId f = AccountId.of(from);
    Fr m =
        Withdrawal.message(
            DOMAIN, f, TokenId.of(token), Amount.of(amount), Nonce.of(nonce), recipient);
    return new Withdrawal(
        DOMAIN,
        f,
        TokenId.of(token),
        Amount.of(amount),
        Nonce.of(nonce),
        recipient,
        sign(key(from), m));
  }

  /** A deposit into account {@code account}, owned by key number {@code account}. */
  public Deposit deposit(long index, int account, int token, long amount) {
    return new Deposit(
        DOMAIN,
        DepositIndex.of(index),
        AccountId.of(account),
        publicKey(account),
        TokenId.of(token),
        Amount.of(amount));
  }

  /** A forced withdrawal of account {@code account}, entry {@code index} of the priority queue. */
  public static ForcedWithdrawal forcedWithdrawal(
      long index, int account, int token, long amount, Address recipient) {
    return new ForcedWithdrawal(
        DOMAIN,
        DepositIndex.of(index),
        AccountId.of(account),
        TokenId.of(token),
        Amount.of(amount),
        recipient);
  }
}
