package io.validium.sequencer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.state.L2State;
import io.validium.core.state.RejectReason;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Transaction;
import io.validium.core.types.AccountId;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The ledger forgets final batches beyond its retention, and a restart forgets the same ones. */
class FinalBatchRetentionTest {
  private static final int BATCH = 4;
  private static final int RETAINED = 2;
  private static final AccountId A = AccountId.of(1);
  private static final AccountId B = AccountId.of(2);

  private final MemoryLog log = new MemoryLog();

  private Sequencer sequencer() {
    Sequencer s =
        new Sequencer(
            new Ledger(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH, RETAINED),
            log,
            b -> CompletableFuture.completedFuture(null),
            new Sequencer.Rules(BATCH, Duration.ofHours(1), 1000, 1000, 1),
            Clock.systemUTC(),
            Runnable::run);
    s.recover();
    return s;
  }

  private static Deposit deposit(long index, AccountId id) {
    return new Deposit(
        TestChain.DOMAIN,
        DepositIndex.of(index),
        id,
        TestChain.key(id).publicKey(),
        TokenId.ETH,
        Amount.of(1_000_000));
  }

  private static Admission decide(Sequencer s, Transaction tx) {
    Submission sub = tx instanceof Deposit d ? s.submitDeposit(d) : s.submit(tx);
    assertThat(sub).isInstanceOf(Submission.Decided.class);
    return ((Submission.Decided) sub).admission();
  }

  /** Two deposits, then transfers from A: {@code batches} full batches in all. */
  private static List<Transaction> batches(int batches) {
    List<Transaction> txs = new ArrayList<>(List.of(deposit(0, A), deposit(1, B)));
    for (int n = 0; txs.size() < batches * BATCH; n++) {
      txs.add(TestChain.transfer(A, B, TokenId.ETH, 1, n));
    }
    return txs;
  }

  private static TxHash hash(Transaction tx) {
    return TxHash.of(tx);
  }

  private static boolean pruned(Sequencer s, long batch) {
    return s.<Boolean>read(l -> l.isPruned(BatchNumber.of(batch)));
  }

  private static Optional<BatchStatus> status(Sequencer s, long batch) {
    return s.<Optional<BatchStatus>>read(l -> l.statusOf(BatchNumber.of(batch)));
  }

  private static Optional<BatchNumber> lastFinal(Sequencer s) {
    return s.<Optional<BatchNumber>>read(l -> l.lastFinalized().map(SealedBatch::number));
  }

  private static Optional<Transaction> transaction(Sequencer s, Transaction tx) {
    return s.<Optional<Transaction>>read(l -> l.transaction(hash(tx)));
  }

  private static StateRoot root(Sequencer s) {
    return s.<StateRoot>read(l -> l.state().root());
  }

  private static int indexed(Sequencer s) {
    return s.<Integer>read(Ledger::indexedCount);
  }

  private static long nonceOfA(Sequencer s) {
    return s.<Long>read(l -> l.state().account(A).orElseThrow().nonce().value());
  }

  @Test
  void forgetsBatchesMoreThanTheRetentionBehindTheHighestFinalOne() {
    Sequencer s = sequencer();
    List<Transaction> txs = batches(10);
    txs.forEach(tx -> assertThat(decide(s, tx)).isInstanceOf(Admission.Accepted.class));

    assertThat(s.advance(BatchNumber.of(6), BatchStatus.FINALIZED, null)).isTrue();

    s.read(
        l -> {
          for (long n = 0; n <= 4; n++) {
            assertThat(l.isPruned(BatchNumber.of(n))).as("batch %d", n).isTrue();
            assertThat(l.batch(BatchNumber.of(n))).isEmpty();
            assertThat(l.statusOf(BatchNumber.of(n))).contains(BatchStatus.FINALIZED);
          }
          assertThat(l.batch(BatchNumber.of(5)).orElseThrow().status())
              .isEqualTo(BatchStatus.FINALIZED);
          assertThat(l.lastFinalized().orElseThrow().number()).isEqualTo(BatchNumber.of(6));
          assertThat(l.unfinalizedCount()).isEqualTo(3);
          // Batches 5 to 9 stay indexed, and the two deposits of batch 0.
          assertThat(l.indexedCount()).isEqualTo(5 * BATCH + 2);
          assertThat(l.position(hash(txs.get(2)))).isEmpty();
          assertThat(l.transaction(hash(txs.get(2)))).isEmpty();
          assertThat(l.transaction(hash(txs.get(20)))).contains(txs.get(20));
          return null;
        });
  }

  @Test
  void stillAnswersARelayedDepositOfAForgottenBatchAsADuplicate() {
    Sequencer s = sequencer();
    List<Transaction> txs = batches(6);
    txs.forEach(tx -> decide(s, tx));
    s.advance(BatchNumber.of(4), BatchStatus.FINALIZED, null);
    assertThat(pruned(s, 0)).isTrue();

    Admission again = decide(s, deposit(0, A));

    assertThat(again).isInstanceOf(Admission.Duplicate.class);
    assertThat(((Admission.Duplicate) again).position().batch()).isEqualTo(BatchNumber.FIRST);
    assertThat(transaction(s, deposit(0, A))).contains(deposit(0, A));
  }

  @Test
  void rejectsAResubmittedTransferOfAForgottenBatchByItsNonceSoItIsNeverAppliedTwice() {
    Sequencer s = sequencer();
    List<Transaction> txs = batches(6);
    txs.forEach(tx -> decide(s, tx));
    s.advance(BatchNumber.of(4), BatchStatus.FINALIZED, null);
    StateRoot before = root(s);

    Admission again = decide(s, txs.get(2));

    assertThat(again).isInstanceOf(Admission.Rejected.class);
    assertThat(((Admission.Rejected) again).reason()).isEqualTo(RejectReason.WRONG_NONCE);
    assertThat(root(s)).isEqualTo(before);
  }

  @Test
  void aRestartForgetsTheSameBatchesAndTheL1EventsReadAgainRestoreTheRest() {
    Sequencer first = sequencer();
    List<Transaction> txs = batches(10);
    txs.forEach(tx -> decide(first, tx));
    first.advance(BatchNumber.of(6), BatchStatus.FINALIZED, null);
    StateRoot root = root(first);
    int indexed = indexed(first);

    Sequencer second = sequencer();

    assertThat(root(second)).isEqualTo(root);
    assertThat(indexed(second)).isEqualTo(indexed);
    assertThat(pruned(second, 4)).isTrue();
    assertThat(pruned(second, 5)).isFalse();
    assertThat(nonceOfA(second)).isEqualTo(10 * BATCH - 2);
    // The L1 events topic is read again from its start: old news for pruned batches changes
    // nothing, and the retained ones become final again.
    assertThat(second.advance(BatchNumber.of(3), BatchStatus.FINALIZED, null)).isFalse();
    assertThat(lastFinal(second)).isEmpty();
    assertThat(second.advance(BatchNumber.of(6), BatchStatus.FINALIZED, null)).isTrue();
    assertThat(lastFinal(second)).contains(BatchNumber.of(6));
    assertThat(status(second, 5)).contains(BatchStatus.FINALIZED);
  }

  @Test
  void keepsIndexingBoundedWhileBatchesKeepBecomingFinal() {
    Sequencer s = sequencer();
    List<Transaction> txs = batches(40);
    int maxIndexed = 0;
    for (int i = 0; i < txs.size(); i++) {
      decide(s, txs.get(i));
      long closed = s.read(l -> l.openNumber().value());
      if (closed > 0 && (i + 1) % BATCH == 0) {
        s.advance(BatchNumber.of(closed - 1), BatchStatus.FINALIZED, null);
      }
      maxIndexed = Math.max(maxIndexed, indexed(s));
    }

    assertThat(maxIndexed).isLessThanOrEqualTo((RETAINED + 1) * BATCH + 2);
    assertThat(nonceOfA(s)).isEqualTo(40 * BATCH - 2);
  }

  @Test
  void refusesToRetainNoFinalBatchAtAll() {
    assertThatThrownBy(() -> new Ledger(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least the last final batch");
  }
}
