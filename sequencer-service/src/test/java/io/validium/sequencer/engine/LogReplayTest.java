package io.validium.sequencer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.state.L2State;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import io.validium.sequencer.log.LogCodec;
import io.validium.sequencer.log.LogEntry;
import io.validium.sequencer.testing.TestChain;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recovery with signatures verified ahead on other threads decides exactly what a serial replay
 * decides: the same state, the same transactions, and a tampered record still refused.
 */
class LogReplayTest {
  private final MemoryLog log = new MemoryLog();

  private Sequencer sequencer(int replayThreads) {
    Sequencer s =
        new Sequencer(
            new Ledger(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH),
            log,
            b -> CompletableFuture.completedFuture(null),
            new Sequencer.Rules(16, Duration.ofHours(1), 10_000, 10_000, 1),
            Clock.systemUTC(),
            Runnable::run);
    s.recover(replayThreads);
    return s;
  }

  private static Admission decide(Sequencer s, Transaction tx) {
    Submission sub =
        tx instanceof io.validium.core.tx.Deposit d ? s.submitDeposit(d) : s.submit(tx);
    assertThat(sub).isInstanceOf(Submission.Decided.class);
    return ((Submission.Decided) sub).admission();
  }

  /**
   * Several hundred records, so that many chunks are in flight; every so often a deposit opens an
   * account whose first transfer follows at once, before its key is known to the chunks ahead.
   */
  private static List<Transaction> history() {
    List<Transaction> txs = new ArrayList<>();
    List<AccountId> open = new ArrayList<>();
    Map<AccountId, Long> nonces = new HashMap<>();
    long deposit = 0;
    for (int i = 0; i < 700; i++) {
      if (i % 60 == 0) {
        AccountId fresh = AccountId.of(10 + open.size());
        txs.add(TestChain.deposit(deposit++, fresh, 1_000_000));
        open.add(fresh);
        nonces.put(fresh, 0L);
        if (open.size() > 1) {
          txs.add(transfer(fresh, open.get(0), nonces));
        }
        continue;
      }
      if (open.size() < 2) {
        continue;
      }
      AccountId from = open.get(i % open.size());
      AccountId to = open.get((i + 1) % open.size());
      txs.add(transfer(from, to, nonces));
    }
    return txs;
  }

  private static Transfer transfer(AccountId from, AccountId to, Map<AccountId, Long> nonces) {
    long n = nonces.merge(from, 1L, Long::sum) - 1;
    return TestChain.transfer(from, to, TokenId.ETH, 1 + n % 7, n);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3})
  void rebuildsTheStateASerialReplayRebuildsWithAnyNumberOfVerifyingThreads(int threads) {
    Sequencer first = sequencer(0);
    List<Transaction> txs = history();
    txs.forEach(tx -> assertThat(decide(first, tx)).isInstanceOf(Admission.Accepted.class));
    StateRoot root = first.read(l -> l.state().root());
    long accepted = first.read(Ledger::acceptedCount);
    assertThat(log.records.size()).isGreaterThan(LogReplay.CHUNK * 8);

    Sequencer second = sequencer(threads);

    StateRoot rebuilt = second.read(l -> l.state().root());
    long reaccepted = second.read(Ledger::acceptedCount);
    assertThat(rebuilt).isEqualTo(root);
    assertThat(reaccepted).isEqualTo(accepted);
    assertThat(second.read(Ledger::openNumber)).isEqualTo(first.read(Ledger::openNumber));
    Transaction last = txs.get(txs.size() - 1);
    assertThat(decide(second, last)).isInstanceOf(Admission.Duplicate.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void refusesATamperedRecordOnReplayAndKeepsTheRecordsAfterIt(int threads) {
    Sequencer first = sequencer(0);
    List<Transaction> txs = history();
    txs.forEach(tx -> decide(first, tx));
    AccountId a = AccountId.of(10);
    AccountId b = AccountId.of(11);
    Nonce next = first.read(l -> l.state().account(a).orElseThrow().nonce());
    Transfer genuine = TestChain.transfer(a, b, TokenId.ETH, 5, next.value());
    assertThat(decide(first, genuine)).isInstanceOf(Admission.Accepted.class);
    StateRoot root = first.read(l -> l.state().root());
    // The same transfer signed by the wrong key, slipped into the log just before the genuine one.
    Transfer forged =
        TestChain.transfer(
            TestChain.DOMAIN, a, b, TokenId.ETH, Amount.of(5), next, TestChain.key(b));
    log.records.add(log.records.size() - 1, LogCodec.encode(new LogEntry.Accepted(forged)));

    Sequencer second = sequencer(threads);

    StateRoot rebuilt = second.read(l -> l.state().root());
    Optional<Position> forgedAt = second.read(l -> l.position(TxHash.of(forged)));
    Optional<Position> genuineAt = second.read(l -> l.position(TxHash.of(genuine)));
    assertThat(rebuilt).isEqualTo(root);
    assertThat(forgedAt).as("the forged transfer is refused").isEmpty();
    assertThat(genuineAt).as("the record after it still applies").isPresent();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void stopsOnACorruptLogWhateverIsBeingPreparedAhead(int threads) {
    Sequencer first = sequencer(0);
    history().forEach(tx -> decide(first, tx));
    // A second seal of a batch that is already closed: the log contradicts itself.
    log.records.add(
        LogCodec.encode(new LogEntry.Sealed(io.validium.core.types.BatchNumber.FIRST, 16)));

    assertThatThrownBy(() -> sequencer(threads))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("log closes batch");
  }
}
