package io.validium.prover.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.state.L1Withdrawal;
import io.validium.core.state.L2State;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import io.validium.prover.job.BatchJob;
import io.validium.prover.job.BatchRecordParser;
import io.validium.prover.job.JobRefusal.Reason;
import io.validium.prover.testing.TestChain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicaTest {
  @TempDir Path dir;

  private final BatchRecordParser parser = new BatchRecordParser(TestChain.DOMAIN, 1 << 20);
  private final TestChain chain = new TestChain(2, 3);
  private final TestChain.Sealed first =
      chain.seal(chain.deposit(0, 0, 100), chain.deposit(1, 1, 7));
  private final TestChain.Sealed second = chain.seal(chain.transfer(0, 1, 0, 30, 0));

  private BatchJob job(TestChain.Sealed s) {
    return parser.parse(s.key(), s.value(), s.headerBytes()).job();
  }

  private Replica open() {
    return Replica.open(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH, dir);
  }

  @Test
  void appliesBatchesInOrderAndReopensAtTheSameRoot() {
    try (Replica r = open()) {
      assertThat(r.apply(job(first)).isExecuted()).isTrue();
      assertThat(r.apply(job(second)).run().header()).isEqualTo(second.header());
      assertThat(r.nextBatch()).isEqualTo(2);
    }
    try (Replica again = open()) {
      assertThat(again.nextBatch()).isEqualTo(2);
      assertThat(again.root()).isEqualTo(second.header().newRoot());
    }
  }

  @Test
  void refusesAHeaderThatReexecutionDoesNotGiveAndStaysWhereItWas() {
    try (Replica r = open()) {
      r.apply(job(first));
      BatchJob lying =
          parser.parse(second.key(), second.value(), second.tamperedHeaderBytes()).job();

      assertThat(r.apply(lying).refusal().reason()).isEqualTo(Reason.HEADER_MISMATCH);
      assertThat(r.nextBatch()).isEqualTo(1);
      assertThat(r.root()).isEqualTo(first.header().newRoot());
      assertThat(r.apply(job(second)).isExecuted()).isTrue();
    }
  }

  @Test
  void givesTheQueuePositionAfterEachBatchAndEachForcedWithdrawalsPaidAmount() {
    Address to = Address.parse("0x00000000000000000000000000000000000000aa");
    TestChain.Sealed third =
        chain.seal(chain.withdrawal(1, 0, 20, 0, to), chain.forcedWithdrawal(0, 0, 1_000, to));
    TestChain.Sealed fourth = chain.seal(chain.transfer(1, 0, 0, 1, 1));
    try (Replica r = open()) {
      assertThat(r.apply(job(first)).depositCountAfter()).isEqualTo(2);
      assertThat(r.apply(job(second)).depositCountAfter()).as("no queue entry").isEqualTo(2);
      Execution e = r.apply(job(third));
      assertThat(e.depositCountAfter()).isEqualTo(3);
      assertThat(e.run().l1Withdrawals())
          .containsExactly(
              new L1Withdrawal(to, TokenId.ETH, Amount.of(20)),
              new L1Withdrawal(to, TokenId.ETH, Amount.of(70)));
      assertThat(r.apply(job(fourth)).depositCountAfter()).isEqualTo(3);

      assertThat(r.reexecute(job(second)).depositCountAfter()).as("rebuilt").isEqualTo(2);
      assertThat(r.reexecute(job(third)).depositCountAfter()).isEqualTo(3);
    }
  }

  @Test
  void refusesToApplyABatchOutOfOrder() {
    try (Replica r = open()) {
      assertThatThrownBy(() -> r.apply(job(second))).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void reexecutesAnAppliedBatchOnTheStateBeforeIt() {
    try (Replica r = open()) {
      r.apply(job(first));
      r.apply(job(second));

      Execution again = r.reexecute(job(first));
      assertThat(again.run().header()).isEqualTo(first.header());
      assertThat(again.run().outcomes()).hasSize(2);
      assertThat(r.root()).isEqualTo(second.header().newRoot());
    }
  }

  @Test
  void refusesOtherDataUnderAnAppliedNumber() {
    TestChain other = new TestChain(2, 4);
    TestChain.Sealed rival = other.seal(other.deposit(0, 0, 1));
    try (Replica r = open()) {
      r.apply(job(first));

      assertThat(r.reexecute(job(rival)).refusal().reason())
          .isEqualTo(Reason.CONFLICTS_WITH_APPLIED);
    }
  }

  @Test
  void cutsATornLastAppendOnOpen() throws IOException {
    try (Replica r = open()) {
      r.apply(job(first));
    }
    Path log = dir.resolve(Replica.LOG_FILE);
    byte[] partial = {0, 0, 1, 0, 1, 2, 3};
    Files.write(log, partial, StandardOpenOption.APPEND);

    try (Replica r = open()) {
      assertThat(r.nextBatch()).isEqualTo(1);
      assertThat(r.apply(job(second)).isExecuted()).isTrue();
    }
    try (Replica r = open()) {
      assertThat(r.nextBatch()).isEqualTo(2);
    }
  }

  @Test
  void refusesToOpenACorruptLog() throws IOException {
    try (Replica r = open()) {
      r.apply(job(first));
      r.apply(job(second));
    }
    Path log = dir.resolve(Replica.LOG_FILE);
    byte[] bytes = Files.readAllBytes(log);
    bytes[10] ^= 1;
    Files.write(log, bytes);

    assertThatThrownBy(this::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("corrupt");
  }
}
