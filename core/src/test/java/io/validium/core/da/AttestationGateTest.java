package io.validium.core.da;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.testing.TestWorld;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gate's rules, with a recording store and signer standing in for a real scheme. */
class AttestationGateTest {
  private final TestWorld world = new TestWorld(2, 13);
  private final RecordingStore store = new RecordingStore();
  private final RecordingSigner signer = new RecordingSigner();
  private L2State replica;
  private AttestationGate gate;
  private BatchData data;
  private BatchHeader honest;

  @BeforeEach
  void sequenceOneBatch() {
    data =
        new BatchData(
            TestWorld.DOMAIN,
            BatchNumber.FIRST,
            List.of(world.deposit(0, 0, 0, 10), world.deposit(1, 1, 0, 10)));
    L2State sequencer = new L2State(TestWorld.DOMAIN, 4);
    BatchExecution run = BatchExecutor.execute(sequencer, data);
    honest = run.header();
    replica = new L2State(TestWorld.DOMAIN, 4);
    gate = new AttestationGate(replica, store, signer);
  }

  @Test
  void attestsAfterStoringWhenDataAndRootsAgree() {
    AttestationGate.Outcome outcome = gate.admit(honest, data);
    assertThat(outcome.isAttested()).isTrue();
    assertThat(store.stored).containsExactly(data);
    assertThat(signer.signed).containsExactly(honest);
    assertThat(replica.root()).isEqualTo(honest.newRoot());
  }

  @Test
  void refusesAClaimedNewRootThatReExecutionDoesNotReach() {
    BatchHeader lying =
        new BatchHeader(
            honest.number(),
            honest.oldRoot(),
            StateRoot.of(Fr.of(42)),
            honest.commitment(),
            honest.l1OpsCommitment());
    assertRefused(lying, AttestationGate.Refusal.NEW_ROOT_MISMATCH);
  }

  @Test
  void refusesDataThatDoesNotHashToTheCommitment() {
    BatchHeader lying =
        new BatchHeader(
            honest.number(),
            honest.oldRoot(),
            honest.newRoot(),
            BatchCommitment.of(Fr.of(1)),
            honest.l1OpsCommitment());
    assertRefused(lying, AttestationGate.Refusal.COMMITMENT_MISMATCH);
  }

  @Test
  void refusesAWrongL1OperationsCommitment() {
    BatchHeader lying =
        new BatchHeader(
            honest.number(),
            honest.oldRoot(),
            honest.newRoot(),
            honest.commitment(),
            L1OpsCommitment.of(Fr.of(1)));
    assertRefused(lying, AttestationGate.Refusal.L1_OPS_MISMATCH);
  }

  @Test
  void refusesABatchBuiltOnAnotherRoot() {
    BatchHeader lying =
        new BatchHeader(
            honest.number(),
            StateRoot.of(Fr.of(5)),
            honest.newRoot(),
            honest.commitment(),
            honest.l1OpsCommitment());
    assertRefused(lying, AttestationGate.Refusal.WRONG_OLD_ROOT);
  }

  @Test
  void refusesABatchWithAnInvalidTransaction() {
    BatchData bad =
        new BatchData(TestWorld.DOMAIN, BatchNumber.FIRST, List.of(world.transfer(0, 1, 0, 1, 0)));
    BatchHeader header =
        new BatchHeader(
            bad.number(),
            honest.oldRoot(),
            honest.newRoot(),
            bad.commitment(),
            honest.l1OpsCommitment());
    AttestationGate.Outcome outcome = gate.admit(header, bad);
    assertThat(outcome.refusal()).isEqualTo(AttestationGate.Refusal.INVALID_TRANSACTION);
    assertThat(outcome.detail()).contains("UNKNOWN_ACCOUNT");
  }

  @Test
  void refusesWhenTheSignerHasSignedAnotherHeaderForTheBatch() {
    signer.refuseAll = true;
    assertRefused(honest, AttestationGate.Refusal.CONFLICTING_HEADER_ALREADY_SIGNED);
  }

  private void assertRefused(BatchHeader header, AttestationGate.Refusal refusal) {
    StateRoot before = replica.root();
    AttestationGate.Outcome outcome = gate.admit(header, data);
    assertThat(outcome.isAttested()).isFalse();
    assertThat(outcome.refusal()).isEqualTo(refusal);
    assertThat(replica.root()).isEqualTo(before);
    assertThat(signer.signed).isEmpty();
  }

  private static final class RecordingStore implements BatchStore {
    final List<BatchData> stored = new ArrayList<>();
    final Map<BatchNumber, BatchData> byNumber = new HashMap<>();

    @Override
    public void storeDurably(BatchData data) {
      stored.add(data);
      byNumber.put(data.number(), data);
    }

    @Override
    public Optional<BatchData> load(BatchNumber number) {
      return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public Optional<BatchData> loadByCommitment(BatchCommitment commitment) {
      return stored.stream().filter(d -> d.commitment().equals(commitment)).findFirst();
    }
  }

  private static final class RecordingSigner implements AttestationSigner {
    final List<BatchHeader> signed = new ArrayList<>();
    boolean refuseAll;

    @Override
    public byte[] signer() {
      return new byte[20];
    }

    @Override
    public SignResult sign(BatchHeader header) {
      if (refuseAll) {
        return SignResult.refused(SignRefusal.CONFLICTING_HEADER_ALREADY_SIGNED);
      }
      signed.add(header);
      return SignResult.signed(new Attestation("test", header, signer(), new byte[65]));
    }
  }
}
