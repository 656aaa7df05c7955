package io.validium.benchmarks.dac;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.state.L2State;
import io.validium.core.state.StateTransition;
import io.validium.core.state.TxOutcome;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.Nonce;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds an honest chain of batches the way a sequencer would: one batch of deposits opening the
 * sender accounts, then batches of signed transfers filled up to a target encoded size. Every batch
 * is executed here once (without the prover's witness), so its header is the one the members must
 * reproduce; the batches hold no withdrawals.
 */
final class SizedBatches {
  /** One batch: its header and its 8.1 encoding. */
  record Sized(BatchHeader header, byte[] headerBytes, byte[] data) {}

  private final Domain domain;
  private final L2State state;
  private final List<EdDsaPrivateKey> keys = new ArrayList<>();
  private final long[] nonces;
  private final Random random = new Random(17);
  private long next;
  private int sender;

  SizedBatches(Domain domain, int balanceDepth, int accounts) {
    this.domain = domain;
    this.state = new L2State(domain, balanceDepth);
    for (int i = 0; i < accounts; i++) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      keys.add(EdDsaPrivateKey.fromBytes(secret));
    }
    this.nonces = new long[accounts];
  }

  /** The opening batch: a deposit into every account. */
  Sized deposits(long amount) {
    List<Transaction> txs = new ArrayList<>();
    long index = state.nextDepositIndex().value();
    for (int a = 0; a < keys.size(); a++) {
      txs.add(
          new Deposit(
              domain,
              DepositIndex.of(index++),
              AccountId.of(a),
              keys.get(a).publicKey(),
              TokenId.ETH,
              Amount.of(amount)));
    }
    return seal(txs);
  }

  /** A batch of transfers whose encoding is at least {@code bytes} long. */
  Sized transfers(int bytes) {
    List<Transaction> txs = new ArrayList<>();
    int size = BatchCodec.encodeData(new BatchData(domain, BatchNumber.of(next), txs)).length;
    int perTransfer = -1;
    while (size < bytes) {
      int from = sender;
      int to = (sender + 1) % keys.size();
      sender = to;
      AccountId f = AccountId.of(from);
      AccountId t = AccountId.of(to);
      Amount amount = Amount.of(1);
      Nonce nonce = Nonce.of(nonces[from]++);
      Fr m = Transfer.message(domain, f, t, TokenId.ETH, amount, nonce);
      txs.add(new Transfer(domain, f, t, TokenId.ETH, amount, nonce, keys.get(from).sign(m)));
      if (perTransfer < 0) {
        perTransfer =
            BatchCodec.encodeData(new BatchData(domain, BatchNumber.of(next), txs)).length - size;
      }
      size += perTransfer;
    }
    return seal(txs);
  }

  private Sized seal(List<Transaction> txs) {
    BatchData data = new BatchData(domain, BatchNumber.of(next), txs);
    StateRoot oldRoot = state.root();
    Fr depositsBefore = state.depositChain();
    for (Transaction tx : txs) {
      // Signed just above by this program: the members verify every signature, the builder need
      // not. Only the decision and the new state are needed here, not the prover's witness.
      TxOutcome outcome = StateTransition.decide(state, tx, (key, signed) -> true);
      if (!outcome.isApplied()) {
        throw new IllegalStateException("batch " + next + " does not execute: " + outcome.reason());
      }
    }
    L1OpsCommitment l1Ops =
        L1OpsCommitment.of(Poseidon.hash(depositsBefore, state.depositChain(), Fr.ZERO));
    BatchHeader header =
        new BatchHeader(data.number(), oldRoot, state.root(), data.commitment(), l1Ops);
    next++;
    return new Sized(header, BatchCodec.encodeHeader(header), BatchCodec.encodeData(data));
  }
}
