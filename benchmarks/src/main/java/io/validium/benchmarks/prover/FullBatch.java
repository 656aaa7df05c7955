package io.validium.benchmarks.prover;

import io.validium.core.batch.BatchData;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
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
 * A batch of {@code n} real signed transfers run through core, the kind of batch the prover sees
 * most: earlier full batches of deposits open and fund the accounts (a transfer needs an existing
 * receiver, so there are at least two), then account {@code i} pays account {@code i + 1} (mod the
 * account count) a varying amount of one of two tokens.
 */
final class FullBatch {
  private static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  private static final long FUNDING = 1_000_000;

  private FullBatch() {}

  /** Core's successful execution of the transfer batch; fails loudly if core rejects any batch. */
  static BatchExecution transfers(int n, long seed) {
    int accounts = Math.max(n, 2);
    Random random = new Random(seed);
    List<EdDsaPrivateKey> keys = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      keys.add(EdDsaPrivateKey.fromBytes(secret));
    }
    L2State state = new L2State(DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    long batch = 1;
    List<Transaction> pending = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      pending.add(
          new Deposit(
              DOMAIN,
              DepositIndex.of(i),
              AccountId.of(i),
              keys.get(i).publicKey(),
              TokenId.of(i % 2),
              Amount.of(FUNDING)));
      if (pending.size() == n || i == accounts - 1) {
        execute(state, batch++, pending);
        pending.clear();
      }
    }
    List<Transaction> transfers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      AccountId from = AccountId.of(i);
      AccountId to = AccountId.of((i + 1) % accounts);
      TokenId token = TokenId.of(i % 2);
      Amount amount = Amount.of(1 + random.nextInt(1000));
      Fr message = Transfer.message(DOMAIN, from, to, token, amount, Nonce.of(0));
      transfers.add(
          new Transfer(DOMAIN, from, to, token, amount, Nonce.of(0), keys.get(i).sign(message)));
    }
    return execute(state, batch, transfers);
  }

  private static BatchExecution execute(L2State state, long batch, List<Transaction> txs) {
    BatchData data = new BatchData(DOMAIN, BatchNumber.of(batch), List.copyOf(txs));
    BatchExecution run = BatchExecutor.execute(state, data);
    if (!run.isSuccess()) {
      throw new IllegalStateException("core rejected benchmark batch " + batch + ": " + run);
    }
    return run;
  }
}
