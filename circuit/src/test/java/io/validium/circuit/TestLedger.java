package io.validium.circuit;

import io.validium.core.batch.BatchData;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.ChainId;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deployment's state with deterministic keys, signed transactions and batch numbering, so that a
 * test can run batches through core and hand the executions to the circuit.
 */
final class TestLedger {
  static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  static final Address RECIPIENT = Address.parse("0x00000000000000000000000000000000000000bb");

  private final List<EdDsaPrivateKey> keys = new ArrayList<>();
  private final L2State state = new L2State(DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
  private long nextBatch = 1;
  private long nextDeposit;

  TestLedger(int accounts, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < accounts; i++) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      keys.add(EdDsaPrivateKey.fromBytes(secret));
    }
  }

  L2State state() {
    return state;
  }

  EdDsaPrivateKey key(int i) {
    return keys.get(i);
  }

  /** Account {@code i} of the tree is owned by key {@code i % keys}. */
  Deposit deposit(int account, int token, long amount) {
    return deposit(account, token, Amount.of(amount));
  }

  Deposit deposit(int account, int token, Amount amount) {
    return deposit(account, keys.get(account % keys.size()).publicKey(), token, amount);
  }

  /** The next deposit of the L1 queue, for any key. */
  Deposit deposit(int account, EdDsaPublicKey key, int token, Amount amount) {
    return new Deposit(
        DOMAIN,
        DepositIndex.of(nextDeposit++),
        AccountId.of(account),
        key,
        TokenId.of(token),
        amount);
  }

  /** The next entry of the L1 queue: a forced withdrawal to {@link #RECIPIENT}. */
  ForcedWithdrawal forcedWithdrawal(int account, int token, Amount amount) {
    return new ForcedWithdrawal(
        DOMAIN,
        DepositIndex.of(nextDeposit++),
        AccountId.of(account),
        TokenId.of(token),
        amount,
        RECIPIENT);
  }

  ForcedWithdrawal forcedWithdrawal(int account, int token, long amount) {
    return forcedWithdrawal(account, token, Amount.of(amount));
  }

  Transfer transfer(int from, int to, int token, long amount, long nonce) {
    return transfer(from, to, token, Amount.of(amount), nonce);
  }

  Transfer transfer(int from, int to, int token, Amount amount, long nonce) {
    AccountId f = AccountId.of(from);
    AccountId t = AccountId.of(to);
    Fr m = Transfer.message(DOMAIN, f, t, TokenId.of(token), amount, Nonce.of(nonce));
    return new Transfer(
        DOMAIN, f, t, TokenId.of(token), amount, Nonce.of(nonce), signer(from).sign(m));
  }

  Withdrawal withdrawal(int from, int token, long amount, long nonce) {
    return withdrawal(from, token, Amount.of(amount), nonce);
  }

  Withdrawal withdrawal(int from, int token, Amount amount, long nonce) {
    AccountId f = AccountId.of(from);
    Fr m = Withdrawal.message(DOMAIN, f, TokenId.of(token), amount, Nonce.of(nonce), RECIPIENT);
    return new Withdrawal(
        DOMAIN, f, TokenId.of(token), amount, Nonce.of(nonce), RECIPIENT, signer(from).sign(m));
  }

  EdDsaPrivateKey signer(int account) {
    return keys.get(account % keys.size());
  }

  /** Runs the transactions through core as the next batch; the execution must succeed. */
  BatchExecution execute(Transaction... txs) {
    BatchData data = new BatchData(DOMAIN, BatchNumber.of(nextBatch++), List.of(txs));
    BatchExecution run = BatchExecutor.execute(state, data);
    if (!run.isSuccess()) {
      throw new IllegalStateException("core rejected the test batch: " + run);
    }
    return run;
  }
}
