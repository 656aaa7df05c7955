package io.validium.sequencer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.state.RejectReason;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import io.validium.sequencer.log.AcceptedLog;
import io.validium.sequencer.testing.TestChain;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SequencerTest {
  private final MemoryLog log = new MemoryLog();
  private final List<SealedBatch> published = new ArrayList<>();
  private final BatchSink sink =
      b -> {
        published.add(b);
        return CompletableFuture.completedFuture(null);
      };

  private Sequencer sequencer(int batchSize, int maxPending, int maxUnfinalized) {
    Sequencer s =
        new Sequencer(
            new Ledger(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH),
            log,
            sink,
            new Sequencer.Rules(batchSize, Duration.ofHours(1), maxPending, maxUnfinalized, 1),
            Clock.systemUTC(),
            Runnable::run);
    s.recover();
    return s;
  }

  private static final AccountId A = AccountId.of(1);
  private static final AccountId B = AccountId.of(2);

  private static io.validium.core.tx.Deposit deposit(long index, AccountId id, long amount) {
    return new io.validium.core.tx.Deposit(
        TestChain.DOMAIN,
        io.validium.core.types.DepositIndex.of(index),
        id,
        TestChain.key(id).publicKey(),
        TokenId.ETH,
        Amount.of(amount));
  }

  private static Admission decide(Sequencer s, Transaction tx) {
    Submission sub =
        tx instanceof io.validium.core.tx.Deposit d ? s.submitDeposit(d) : s.submit(tx);
    assertThat(sub).isInstanceOf(Submission.Decided.class);
    Submission.Decided d = (Submission.Decided) sub;
    assertThat(d.durable()).isCompleted();
    return d.admission();
  }

  private static List<Transaction> workload() {
    List<Transaction> txs = new ArrayList<>();
    txs.add(deposit(0, A, 100));
    txs.add(deposit(1, B, 5));
    for (int n = 0; n < 5; n++) {
      txs.add(TestChain.transfer(A, B, TokenId.ETH, 3, n));
    }
    Withdrawal w =
        new Withdrawal(
            TestChain.DOMAIN,
            B,
            TokenId.ETH,
            Amount.of(4),
            Nonce.ZERO,
            Address.ZERO,
            TestChain.key(B)
                .sign(
                    Withdrawal.message(
                        TestChain.DOMAIN, B, TokenId.ETH, Amount.of(4), Nonce.ZERO, Address.ZERO)));
    txs.add(w);
    return txs;
  }

  /**
   * Each batch's header, and its new root, are what core's execution of its data from genesis
   * gives.
   */
  private static void assertHeadersAreCoresReexecution(List<SealedBatch> batches) {
    L2State replica = new L2State(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    for (SealedBatch b : batches) {
      BatchExecution e =
          BatchExecutor.execute(
              replica, new BatchData(TestChain.DOMAIN, b.number(), b.data().transactions()));
      assertThat(e.isSuccess()).isTrue();
      assertThat(b.header()).isEqualTo(e.header());
      assertThat(b.newRoot()).isEqualTo(e.header().newRoot());
    }
  }

  @Test
  void closesBatchesWhoseHeadersCoreReproducesFromTheirData() {
    Sequencer s = sequencer(3, 100, 100);
    workload().forEach(tx -> assertThat(decide(s, tx)).isInstanceOf(Admission.Accepted.class));

    assertThat(published).extracting(b -> b.number().value()).containsExactly(0L, 1L);
    assertHeadersAreCoresReexecution(published);
  }

  @Test
  void hashesEachClosedBatchsHeaderOffTheDecidingThreadAndPublishesOnlyAfterIt() {
    List<Runnable> headerTasks = new ArrayList<>();
    Sequencer s =
        new Sequencer(
            new Ledger(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH),
            log,
            sink,
            new Sequencer.Rules(3, Duration.ofHours(1), 100, 100, 1),
            Clock.systemUTC(),
            headerTasks::add);
    s.recover();
    workload().forEach(tx -> assertThat(decide(s, tx)).isInstanceOf(Admission.Accepted.class));

    assertThat(headerTasks).as("one header task per closed batch").hasSize(2);
    assertThat(published).as("no batch leaves before its header is hashed").isEmpty();
    boolean hashed = s.read(l -> l.batch(BatchNumber.of(0)).orElseThrow().hasHeader());
    assertThat(hashed).as("the lock holder did not hash it").isFalse();
    s.tick();
    assertThat(published).as("a tick does not hash a header either").isEmpty();

    headerTasks.get(0).run();
    assertThat(published).extracting(b -> b.number().value()).containsExactly(0L);
    headerTasks.get(1).run();
    assertThat(published).extracting(b -> b.number().value()).containsExactly(0L, 1L);
    assertHeadersAreCoresReexecution(published);
  }

  @Test
  void rebuildsTheSameStateFromItsLogAndAppliesNothingTwice() {
    Sequencer first = sequencer(3, 100, 100);
    workload().forEach(tx -> decide(first, tx));
    var rootBefore = first.read(l -> l.state().root());
    var nonceBefore = first.read(l -> l.state().account(A).orElseThrow().nonce());

    published.clear();
    Sequencer second = sequencer(3, 100, 100);
    second.tick();

    io.validium.core.types.StateRoot rootAfter = second.read(l -> l.state().root());
    Nonce nonceAfter = second.read(l -> l.state().account(A).orElseThrow().nonce());
    assertThat(rootAfter).isEqualTo(rootBefore);
    assertThat(nonceAfter).isEqualTo(nonceBefore);
    long accepted = second.read(Ledger::acceptedCount);
    int open = second.read(Ledger::openSize);
    assertThat(accepted).isEqualTo(8);
    assertThat(open).isEqualTo(2);
    assertThat(published).as("already published batches are not sent again").isEmpty();
    Transaction again = workload().get(3);
    assertThat(decide(second, again)).isInstanceOf(Admission.Duplicate.class);
  }

  @Test
  void publishesAClosedBatchAgainAfterARestartWhenThePublicationWasNotRecorded() {
    Sequencer first = sequencer(3, 100, 100);
    workload().subList(0, 3).forEach(tx -> decide(first, tx));
    // Drop the Published record, as a crash between publication and its record would.
    log.records.remove(log.records.size() - 1);
    published.clear();

    Sequencer restarted = sequencer(3, 100, 100);
    assertThat(published).as("nothing is sent before the first tick").isEmpty();
    restarted.tick();

    assertThat(published).extracting(b -> b.number().value()).containsExactly(0L);
  }

  @Test
  void rejectsWithTheStateTransitionReasonAndWritesNothing() {
    Sequencer s = sequencer(10, 100, 100);
    decide(s, deposit(0, A, 1));
    int records = log.records.size();

    Admission a = decide(s, TestChain.transfer(A, A, TokenId.ETH, 1, 0));

    assertThat(a).isInstanceOf(Admission.Rejected.class);
    assertThat(((Admission.Rejected) a).reason()).isEqualTo(RejectReason.SELF_TRANSFER);
    assertThat(log.records).hasSize(records);
  }

  @Test
  void refusesAsBusyWhenTooManyBatchesAreNotFinalButStillTakesDeposits() {
    Sequencer s = sequencer(1, 100, 2);
    decide(s, deposit(0, A, 100));
    decide(s, deposit(1, B, 1));

    Submission busy = s.submit(TestChain.transfer(A, B, TokenId.ETH, 1, 0));
    assertThat(busy).isInstanceOf(Submission.Refused.class);
    assertThat(((Submission.Refused) busy).refusal()).isEqualTo(Submission.Refusal.BUSY);

    s.advance(io.validium.core.types.BatchNumber.of(1), BatchStatus.FINALIZED, null);
    assertThat(decide(s, TestChain.transfer(A, B, TokenId.ETH, 1, 0)))
        .isInstanceOf(Admission.Accepted.class);
  }

  @Test
  void haltsWhenTheLogFailsAndAcknowledgesNothingAfterwards() {
    Sequencer s = sequencer(10, 100, 100);
    decide(s, deposit(0, A, 100));
    decide(s, deposit(1, B, 1));
    log.failAppends = true;

    Submission.Decided d =
        (Submission.Decided) s.submit(TestChain.transfer(A, B, TokenId.ETH, 1, 0));

    assertThat(d.durable()).isCompletedExceptionally();
    Submission next = s.submit(TestChain.transfer(A, B, TokenId.ETH, 1, 1));
    assertThat(((Submission.Refused) next).refusal()).isEqualTo(Submission.Refusal.HALTED);

    log.failAppends = false;
    Sequencer restarted = sequencer(10, 100, 100);
    Nonce nonce = restarted.read(l -> l.state().account(A).orElseThrow().nonce());
    assertThat(nonce).isEqualTo(Nonce.ZERO);
  }

  @Test
  void refusesWhenTooManyAcceptancesWaitForTheLog() {
    AcceptedLog slow =
        new AcceptedLog() {
          @Override
          public long replay(java.util.function.Consumer<io.validium.sequencer.log.LogEntry> s) {
            return 0;
          }

          @Override
          public CompletableFuture<Void> append(io.validium.sequencer.log.LogEntry e) {
            return e instanceof io.validium.sequencer.log.LogEntry.Accepted a
                    && !(a.transaction() instanceof io.validium.core.tx.Deposit)
                ? new CompletableFuture<>()
                : CompletableFuture.completedFuture(null);
          }
        };
    Sequencer s =
        new Sequencer(
            new Ledger(TestChain.DOMAIN, 4),
            slow,
            sink,
            new Sequencer.Rules(100, Duration.ofHours(1), 1, 100, 1),
            Clock.systemUTC());
    s.recover();
    s.submitDeposit(deposit(0, A, 100));
    s.submitDeposit(deposit(1, B, 1));

    assertThat(s.submit(TestChain.transfer(A, B, TokenId.ETH, 1, 0)))
        .isInstanceOf(Submission.Decided.class);
    Submission second = s.submit(TestChain.transfer(A, B, TokenId.ETH, 1, 1));
    assertThat(((Submission.Refused) second).refusal()).isEqualTo(Submission.Refusal.BUSY);
  }
}
