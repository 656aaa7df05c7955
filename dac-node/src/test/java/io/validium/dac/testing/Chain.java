package io.validium.dac.testing;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
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
 * A sequencer's view of the chain for tests: builds honest batches on its own state, which moves
 * only when a test says the node attested the batch.
 */
public final class Chain {
  public static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));

  private final List<EdDsaPrivateKey> keys = new ArrayList<>();
  private final L2State state = new L2State(DOMAIN, 4);
  private long nextBatch;

  public Chain(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 8; i++) {
      byte[] secret = new byte[32];
      r.nextBytes(secret);
      keys.add(EdDsaPrivateKey.fromBytes(secret));
    }
  }

  /** A batch and its honest header, not yet applied to this chain. */
  public record Offer(BatchHeader header, BatchData data) {
    public byte[] headerBytes() {
      return BatchCodec.encodeHeader(header);
    }

    public byte[] dataBytes() {
      return BatchCodec.encodeData(data);
    }

    /** The same data with a header whose fields are changed. */
    public Offer withHeader(BatchHeader h) {
      return new Offer(h, data);
    }
  }

  /** Deposits of {@code amount} into each account, next in the L1 queue after the chain's state. */
  public List<Transaction> deposits(long amount, int... accounts) {
    List<Transaction> out = new ArrayList<>();
    long index = state.nextDepositIndex().value();
    for (int a : accounts) {
      out.add(
          new Deposit(
              DOMAIN,
              DepositIndex.of(index++),
              AccountId.of(a),
              keys.get(a).publicKey(),
              TokenId.ETH,
              Amount.of(amount)));
    }
    return out;
  }

  /** A transfer with the sender's current nonce; one per sender per batch. */
  public Transfer transfer(int from, int to, long amount) {
    return transferWithNonce(from, to, amount, nonce(from));
  }

  public Transfer transferWithNonce(int from, int to, long amount, long nonce) {
    return signed(from, to, amount, nonce, from);
  }

  /** A transfer with the sender's current nonce, signed by another account's key. */
  public Transfer transferSignedBy(int from, int to, long amount, int signer) {
    return signed(from, to, amount, nonce(from), signer);
  }

  private Transfer signed(int from, int to, long amount, long nonce, int signer) {
    AccountId f = AccountId.of(from);
    AccountId t = AccountId.of(to);
    Fr m = Transfer.message(DOMAIN, f, t, TokenId.ETH, Amount.of(amount), Nonce.of(nonce));
    return new Transfer(
        DOMAIN, f, t, TokenId.ETH, Amount.of(amount), Nonce.of(nonce), keys.get(signer).sign(m));
  }

  /** A withdrawal of ETH to {@code recipient} with the sender's current nonce. */
  public Withdrawal withdrawal(int from, long amount, Address recipient) {
    AccountId f = AccountId.of(from);
    Nonce n = Nonce.of(nonce(from));
    Fr m = Withdrawal.message(DOMAIN, f, TokenId.ETH, Amount.of(amount), n, recipient);
    return new Withdrawal(
        DOMAIN, f, TokenId.ETH, Amount.of(amount), n, recipient, keys.get(from).sign(m));
  }

  /** Builds the next batch on a copy of the chain's state; the chain does not move. */
  public Offer next(Transaction... txs) {
    return next(List.of(txs));
  }

  public Offer next(List<Transaction> txs) {
    BatchData data = new BatchData(DOMAIN, BatchNumber.of(nextBatch), txs);
    L2State.Savepoint sp = state.savepoint();
    BatchExecution run = BatchExecutor.execute(state, data);
    state.rollbackTo(sp);
    if (!run.isSuccess()) {
      throw new IllegalArgumentException("test batch does not execute: " + run);
    }
    return new Offer(run.header(), data);
  }

  /** Applies an attested batch to the chain. */
  public void accept(Offer offer) {
    BatchExecution run = BatchExecutor.execute(state, offer.data());
    if (!run.isSuccess() || !run.header().equals(offer.header())) {
      throw new IllegalStateException("accepted batch diverges: " + run);
    }
    nextBatch++;
  }

  /** The sender's next nonce as the chain's state has it. */
  public long nonce(int account) {
    return state.account(AccountId.of(account)).map(a -> a.nonce().value()).orElse(0L);
  }

  public L2State state() {
    return state;
  }
}
