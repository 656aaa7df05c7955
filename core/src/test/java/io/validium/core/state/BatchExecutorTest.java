package io.validium.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.testing.TestWorld;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.StateRoot;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchExecutorTest {
  private final TestWorld world = new TestWorld(3, 11);
  private final Address recipient = Address.parse("0x00000000000000000000000000000000000000bb");

  @Test
  void aBatchWithOneBadTransactionChangesNothing() {
    L2State state = new L2State(TestWorld.DOMAIN, 4);
    BatchData data =
        new BatchData(
            TestWorld.DOMAIN,
            BatchNumber.FIRST,
            List.of(
                world.deposit(0, 0, 0, 100),
                world.deposit(1, 1, 0, 100),
                world.transfer(0, 1, 0, 10, 0),
                world.transfer(0, 1, 0, 10, 0)));
    StateRoot before = state.root();

    BatchExecution run = BatchExecutor.execute(state, data);

    assertThat(run.isSuccess()).isFalse();
    assertThat(run.failedIndex()).isEqualTo(3);
    assertThat(run.failure()).isEqualTo(RejectReason.WRONG_NONCE);
    assertThat(state.root()).isEqualTo(before);
    assertThat(state.accountCount()).isZero();
    assertThat(state.nextDepositIndex().value()).isZero();
    assertThat(state.depositChain()).isEqualTo(Fr.ZERO);
  }

  @Test
  void headerCarriesRootsCommitmentAndTheL1OperationsOfTheBatch() {
    L2State state = new L2State(TestWorld.DOMAIN, 4);
    Deposit d0 = world.deposit(0, 0, 0, 100);
    Deposit d1 = world.deposit(1, 1, 0, 100);
    Withdrawal w = world.withdrawal(0, 0, 30, 0, recipient);
    BatchData data =
        new BatchData(
            TestWorld.DOMAIN, BatchNumber.of(7), List.of(d0, d1, world.transfer(1, 0, 0, 5, 0), w));
    StateRoot before = state.root();

    BatchExecution run = BatchExecutor.execute(state, data);

    assertThat(run.isSuccess()).as("%s", run).isTrue();
    assertThat(run.header().number()).isEqualTo(BatchNumber.of(7));
    assertThat(run.header().oldRoot()).isEqualTo(before);
    assertThat(run.header().newRoot()).isEqualTo(state.root());
    assertThat(run.header().commitment()).isEqualTo(data.commitment());
    assertThat(run.deposits()).containsExactly(d0, d1);
    assertThat(run.withdrawals()).containsExactly(w);
    Fr dAfter = Poseidon.hash(Poseidon.hash(Fr.ZERO, d0.depositLeaf()), d1.depositLeaf());
    Fr withdrawals = Poseidon.hash(Fr.ZERO, w.withdrawalLeaf());
    assertThat(run.header().l1OpsCommitment().value())
        .isEqualTo(Poseidon.hash(Fr.ZERO, dAfter, withdrawals));
    assertThat(run.outcomes()).hasSize(4).allMatch(TxOutcome::isApplied);
    assertThat(run.domain()).isEqualTo(TestWorld.DOMAIN);
    assertThat(run.depositChainBefore()).isEqualTo(Fr.ZERO);
  }

  @Test
  void theSecondBatchStartsFromTheDepositChainTheFirstLeft() {
    L2State state = new L2State(TestWorld.DOMAIN, 4);
    Deposit d0 = world.deposit(0, 0, 0, 100);
    BatchExecutor.execute(state, new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), List.of(d0)));

    BatchExecution second =
        BatchExecutor.execute(
            state,
            new BatchData(TestWorld.DOMAIN, BatchNumber.of(2), List.of(world.deposit(1, 1, 0, 5))));

    assertThat(second.depositChainBefore()).isEqualTo(Poseidon.hash(Fr.ZERO, d0.depositLeaf()));
  }

  @Test
  void aBatchOfAnotherDomainIsRefused() {
    L2State state = new L2State(TestWorld.DOMAIN, 4);
    BatchData data = new BatchData(TestWorld.OTHER_DOMAIN, BatchNumber.FIRST, List.of());
    assertThat(BatchExecutor.execute(state, data).failure()).isEqualTo(RejectReason.WRONG_DOMAIN);
  }

  @Test
  void theCommitmentDependsOnBatchNumberAndEveryTransaction() {
    BatchData a =
        new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), List.of(world.deposit(0, 0, 0, 1)));
    BatchData otherNumber = new BatchData(TestWorld.DOMAIN, BatchNumber.of(2), a.transactions());
    BatchData otherTx =
        new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), List.of(world.deposit(0, 0, 0, 2)));
    assertThat(a.commitment()).isNotEqualTo(otherNumber.commitment());
    assertThat(a.commitment()).isNotEqualTo(otherTx.commitment());
    assertThat(a.keccakDataHash()).hasSize(32).isNotEqualTo(otherTx.keccakDataHash());
  }
}
