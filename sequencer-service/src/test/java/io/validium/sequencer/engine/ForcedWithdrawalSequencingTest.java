package io.validium.sequencer.engine;

import static io.validium.sequencer.testing.TestChain.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L1Withdrawal;
import io.validium.core.state.L2State;
import io.validium.core.state.RejectReason;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import io.validium.sequencer.testing.TestChain;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Forced withdrawals in the sequencer (protocol.md 17.3, 17.6): one queue order with deposits, the
 * paid amount in the withdrawal chain of the header core recomputes, never held back by unfinalized
 * batches, and rebuilt from the log without applying anything twice.
 */
class ForcedWithdrawalSequencingTest {
  private static final AccountId A = AccountId.of(1);
  private static final AccountId B = AccountId.of(2);
  private static final TokenId OTHER = TokenId.of(3);
  private static final Address RECIPIENT =
      Address.parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

  private final MemoryLog log = new MemoryLog();
  private final List<SealedBatch> published = new ArrayList<>();
  private final BatchSink sink =
      b -> {
        published.add(b);
        return CompletableFuture.completedFuture(null);
      };

  private Sequencer sequencer(int batchSize, int maxUnfinalized) {
    Sequencer s =
        new Sequencer(
            new Ledger(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH),
            log,
            sink,
            new Sequencer.Rules(batchSize, Duration.ofHours(1), 100, maxUnfinalized, 1),
            Clock.systemUTC(),
            Runnable::run);
    s.recover();
    return s;
  }

  private static ForcedWithdrawal forced(long index, AccountId id, TokenId token, long amount) {
    return new ForcedWithdrawal(
        TestChain.DOMAIN, DepositIndex.of(index), id, token, Amount.of(amount), RECIPIENT);
  }

  /** A deposit, then full, partial and empty forced withdrawals, then a later deposit. */
  private static List<Transaction> queue() {
    return List.of(
        deposit(0, A, 100),
        forced(1, A, TokenId.ETH, 60),
        forced(2, A, TokenId.ETH, 1_000),
        forced(3, A, OTHER, 5),
        deposit(4, B, 7));
  }

  private static Admission decide(Sequencer s, Transaction tx) {
    Submission sub =
        tx instanceof ForcedWithdrawal f
            ? s.submitForcedWithdrawal(f)
            : s.submitDeposit((Deposit) tx);
    assertThat(sub).isInstanceOf(Submission.Decided.class);
    Submission.Decided d = (Submission.Decided) sub;
    assertThat(d.durable()).isCompleted();
    return d.admission();
  }

  @Test
  void paysWhatTheBalanceAllowsInQueueOrderAndCoreReproducesTheHeader() {
    Sequencer s = sequencer(5, 100);

    queue().forEach(tx -> assertThat(decide(s, tx)).isInstanceOf(Admission.Accepted.class));

    assertThat(published).hasSize(1);
    SealedBatch batch = published.get(0);
    BatchExecution e =
        BatchExecutor.execute(
            new L2State(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH),
            new BatchData(TestChain.DOMAIN, batch.number(), batch.data().transactions()));
    assertThat(e.isSuccess()).isTrue();
    assertThat(e.header()).isEqualTo(batch.header());
    assertThat(e.priorityEntries()).isEqualTo(5);
    assertThat(e.l1Withdrawals())
        .containsExactly(
            new L1Withdrawal(RECIPIENT, TokenId.ETH, Amount.of(60)),
            new L1Withdrawal(RECIPIENT, TokenId.ETH, Amount.of(40)),
            new L1Withdrawal(RECIPIENT, OTHER, Amount.ZERO));
    assertThat(paid(s)).containsExactly("60", "40", "0", null);
    Amount left = s.read(l -> l.state().account(A).orElseThrow().balance(TokenId.ETH));
    DepositIndex next = s.read(l -> l.state().nextDepositIndex());
    assertThat(left).isEqualTo(Amount.ZERO);
    assertThat(next).isEqualTo(DepositIndex.of(5));
  }

  @Test
  void refusesAnEntryThatIsNotNextInTheQueueAndWritesNothing() {
    Sequencer s = sequencer(10, 100);
    decide(s, deposit(0, A, 100));
    int records = log.records.size();

    Admission a = decide(s, forced(2, A, TokenId.ETH, 1));

    assertThat(a).isInstanceOf(Admission.Rejected.class);
    assertThat(((Admission.Rejected) a).reason()).isEqualTo(RejectReason.DEPOSIT_OUT_OF_ORDER);
    assertThat(log.records).hasSize(records);
  }

  @Test
  void takesForcedWithdrawalsWhileTooManyBatchesAreNotFinal() {
    Sequencer s = sequencer(1, 1);
    decide(s, deposit(0, A, 100));

    Submission busy = s.submit(TestChain.transfer(A, A, TokenId.ETH, 1, 0));
    assertThat(((Submission.Refused) busy).refusal()).isEqualTo(Submission.Refusal.BUSY);

    assertThat(decide(s, forced(1, A, TokenId.ETH, 10))).isInstanceOf(Admission.Accepted.class);
    Amount left = s.read(l -> l.state().account(A).orElseThrow().balance(TokenId.ETH));
    assertThat(left).isEqualTo(Amount.of(90));
  }

  @Test
  void rebuildsWhatEachPaidFromTheLogAndAppliesNoEntryTwice() {
    Sequencer first = sequencer(3, 100);
    queue().forEach(tx -> decide(first, tx));
    StateRoot root = first.read(l -> l.state().root());
    List<String> paidBefore = paid(first);

    published.clear();
    Sequencer second = sequencer(3, 100);
    second.tick();

    StateRoot rebuilt = second.read(l -> l.state().root());
    assertThat(rebuilt).isEqualTo(root);
    assertThat(paid(second)).isEqualTo(paidBefore);
    assertThat(published).as("already published batches are not sent again").isEmpty();
    for (Transaction again : queue()) {
      assertThat(decide(second, again)).isInstanceOf(Admission.Duplicate.class);
    }
    StateRoot after = second.read(l -> l.state().root());
    long accepted = second.read(Ledger::acceptedCount);
    var header = second.read(l -> l.batch(BatchNumber.of(0)).orElseThrow().header());
    assertThat(after).isEqualTo(root);
    assertThat(accepted).isEqualTo(5);
    assertThat(header)
        .isEqualTo(first.read(l -> l.batch(BatchNumber.of(0)).orElseThrow().header()));
  }

  /** What each forced withdrawal of the queue paid, as the ledger tells it; null for deposits. */
  private static List<String> paid(Sequencer s) {
    List<String> out = new ArrayList<>();
    for (Transaction tx : queue()) {
      out.add(s.read(l -> l.paid(TxHash.of(tx)).map(Amount::toString).orElse(null)));
    }
    return out.subList(1, out.size());
  }
}
