package io.validium.prover.testing;

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
 * The sequencer's side of a test: a deployment's state with deterministic keys, on which batches
 * are executed by core to get the header a batch record carries.
 */
public final class TestChain {
  /** The deployment of application.properties' defaults. */
  public static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));

  private final List<EdDsaPrivateKey> keys = new ArrayList<>();
  private final L2State state = new L2State(DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
  private long nextBatch;
  private long nextDeposit;

  public TestChain(int accounts, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < accounts; i++) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      keys.add(EdDsaPrivateKey.fromBytes(secret));
    }
  }

  /** The next L1 deposit, into account {@code account} owned by key {@code account}. */
  public Deposit deposit(int account, int token, long amount) {
    return new Deposit(
        DOMAIN,
        DepositIndex.of(nextDeposit++),
        AccountId.of(account),
        keys.get(account).publicKey(),
        TokenId.of(token),
        Amount.of(amount));
  }

  /**
   * The next L1 priority-queue entry: a forced withdrawal of at most {@code amount} of {@code
   * token} from {@code account} to {@code recipient} (protocol.md 17).
   */
  public ForcedWithdrawal forcedWithdrawal(int account, int token, long amount, Address recipient) {
    return new ForcedWithdrawal(
        DOMAIN,
        DepositIndex.of(nextDeposit++),
        AccountId.of(account),
        TokenId.of(token),
        Amount.of(amount),
        recipient);
  }

  /** An L2 withdrawal signed by the account's key. */
  public Withdrawal withdrawal(int from, int token, long amount, long nonce, Address recipient) {
    AccountId f = AccountId.of(from);
    Amount a = Amount.of(amount);
    TokenId t = TokenId.of(token);
    Fr m = Withdrawal.message(DOMAIN, f, t, a, Nonce.of(nonce), recipient);
    return new Withdrawal(DOMAIN, f, t, a, Nonce.of(nonce), recipient, keys.get(from).sign(m));
  }

  /** A transfer signed by the sender's key. */
  public Transfer transfer(int from, int to, int token, long amount, long nonce) {
    AccountId f = AccountId.of(from);
    AccountId t = AccountId.of(to);
    Amount a = Amount.of(amount);
    Fr m = Transfer.message(DOMAIN, f, t, TokenId.of(token), a, Nonce.of(nonce));
    return new Transfer(
        DOMAIN, f, t, TokenId.of(token), a, Nonce.of(nonce), keys.get(from).sign(m));
  }

  /** Executes the transactions as the next batch and returns its record. */
  public Sealed seal(Transaction... txs) {
    BatchData data = new BatchData(DOMAIN, BatchNumber.of(nextBatch++), List.of(txs));
    BatchExecution run = BatchExecutor.execute(state, data);
    if (!run.isSuccess()) {
      throw new IllegalStateException("core rejected the test batch: " + run);
    }
    return new Sealed(data, run.header(), run, state.nextDepositIndex().value());
  }

  /**
   * A batch and its header, as the sequencer publishes them, with core's execution of it and the
   * priority-queue position after it.
   */
  public record Sealed(
      BatchData data, BatchHeader header, BatchExecution run, long depositCountAfter) {
    public String key() {
      return Long.toString(data.number().value());
    }

    public byte[] value() {
      return BatchCodec.encodeData(data);
    }

    public byte[] headerBytes() {
      return BatchCodec.encodeHeader(header);
    }

    /** The same batch under a header whose new root is off by one. */
    public byte[] tamperedHeaderBytes() {
      return BatchCodec.encodeHeader(
          new BatchHeader(
              header.number(),
              header.oldRoot(),
              io.validium.core.types.StateRoot.of(header.newRoot().value().add(Fr.ONE)),
              header.commitment(),
              header.l1OpsCommitment()));
    }
  }
}
