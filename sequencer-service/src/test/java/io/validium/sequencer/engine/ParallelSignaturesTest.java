package io.validium.sequencer.engine;

import static io.validium.sequencer.testing.TestChain.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.state.L2State;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import io.validium.sequencer.testing.TestChain;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Signatures verified ahead on a pool must leave every decision as the serial path makes it. */
class ParallelSignaturesTest {
  private static final AccountId A = AccountId.of(11);
  private static final AccountId B = AccountId.of(12);
  private static final AccountId C = AccountId.of(13);

  private static Sequencer sequencer() {
    Sequencer s =
        new Sequencer(
            new Ledger(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH),
            new MemoryLog(),
            b -> CompletableFuture.completedFuture(null),
            new Sequencer.Rules(4, Duration.ofHours(1), 1000, 1000, 1),
            Clock.systemUTC());
    s.recover();
    return s;
  }

  /** Good transfers, replays, nonce gaps, forged and foreign signatures, an unknown sender. */
  private static List<Transaction> mixed() {
    List<Transaction> txs = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      txs.add(TestChain.transfer(A, B, TokenId.ETH, 2, n));
      txs.add(TestChain.transfer(B, A, TokenId.ETH, 1, n));
    }
    txs.add(TestChain.transfer(A, B, TokenId.ETH, 2, 3));
    txs.add(TestChain.transfer(A, B, TokenId.ETH, 2, 9));
    txs.add(
        TestChain.transfer(
            TestChain.DOMAIN, A, B, TokenId.ETH, Amount.of(1), Nonce.of(6), TestChain.key(B)));
    txs.add(TestChain.transfer(C, A, TokenId.ETH, 1, 0));
    txs.add(TestChain.transfer(A, B, TokenId.ETH, 1_000, 6));
    txs.add(TestChain.transfer(A, C, TokenId.ETH, 1, 6));
    return txs;
  }

  private static List<String> decideAll(Sequencer s, List<Transaction> txs, List<Precheck> checks) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < txs.size(); i++) {
      Submission.Decided d = (Submission.Decided) s.submit(txs.get(i), checks.get(i));
      out.add(d.admission().getClass().getSimpleName() + " " + d.admission());
    }
    return out;
  }

  @Test
  void decisionsWithSignaturesVerifiedOnThePoolEqualTheSerialOnes() {
    Sequencer serial = sequencer();
    Sequencer parallel = sequencer();
    for (Sequencer s : List.of(serial, parallel)) {
      s.submitDeposit(deposit(0, A, 50));
      s.submitDeposit(deposit(1, B, 50));
    }
    List<Transaction> txs = mixed();
    List<Precheck> none = txs.stream().map(t -> Precheck.NONE).toList();
    List<Precheck> pooled;
    try (SignatureWorkers workers = new SignatureWorkers(parallel, 3, 2, 4)) {
      pooled = workers.precheckAll(txs);
    }
    assertThat(pooled.stream().filter(Precheck::isVerified).count())
        .as("every sender but the unknown one is checked ahead")
        .isEqualTo(txs.size() - 1);

    List<String> expected = decideAll(serial, txs, none);
    assertThat(decideAll(parallel, txs, pooled)).isEqualTo(expected);
    assertThat(expected).filteredOn(a -> a.startsWith("Accepted")).hasSize(12);
    assertThat(expected).anyMatch(a -> a.contains("BAD_SIGNATURE"));
    StateRoot parallelRoot = parallel.read(l -> l.state().root());
    assertThat(parallelRoot).isEqualTo(serial.read(l -> l.state().root()));
  }

  @Test
  void aVerdictIsUsedOnlyForTheTransactionItWasComputedFor() {
    Sequencer s = sequencer();
    s.submitDeposit(deposit(0, A, 50));
    s.submitDeposit(deposit(1, B, 50));
    Transfer good = TestChain.transfer(A, B, TokenId.ETH, 2, 0);
    Transfer forged =
        TestChain.transfer(
            TestChain.DOMAIN, A, B, TokenId.ETH, Amount.of(3), Nonce.of(0), TestChain.key(B));
    Precheck ofGood = s.precheck(good);

    Submission.Decided d = (Submission.Decided) s.submit(forged, ofGood);

    assertThat(d.admission()).isInstanceOf(Admission.Rejected.class);
    assertThat(((Admission.Rejected) d.admission()).reason().name()).isEqualTo("BAD_SIGNATURE");
  }
}
