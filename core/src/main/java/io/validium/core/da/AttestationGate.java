package io.validium.core.da;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import java.util.Objects;

/**
 * The member-side rule of every scheme: sign a batch only after its data hashes to the header's
 * commitment, re-executing it on the member's own replica gives the header's new root, and the data
 * is stored durably. On a refusal the replica is unchanged and nothing is signed. The replica
 * re-executes with {@link BatchExecutor#replay}: a member never proves, so it records no witness.
 */
public final class AttestationGate {
  private final L2State replica;
  private final BatchStore store;
  private final AttestationSigner signer;

  public AttestationGate(L2State replica, BatchStore store, AttestationSigner signer) {
    this.replica = Objects.requireNonNull(replica);
    this.store = Objects.requireNonNull(store);
    this.signer = Objects.requireNonNull(signer);
  }

  /** Why a member refused to attest a batch. */
  public enum Refusal {
    NUMBER_MISMATCH,
    COMMITMENT_MISMATCH,
    WRONG_OLD_ROOT,
    INVALID_TRANSACTION,
    NEW_ROOT_MISMATCH,
    L1_OPS_MISMATCH,
    CONFLICTING_HEADER_ALREADY_SIGNED
  }

  /** An attestation, or the refusal with a sentence for the sequencer's operators. */
  public record Outcome(Attestation attestation, Refusal refusal, String detail) {
    static Outcome refused(Refusal refusal, String detail) {
      return new Outcome(null, refusal, detail);
    }

    public boolean isAttested() {
      return refusal == null;
    }
  }

  public Outcome admit(BatchHeader claimed, BatchData data) {
    if (!claimed.number().equals(data.number())) {
      return Outcome.refused(
          Refusal.NUMBER_MISMATCH,
          "header is batch " + claimed.number() + ", data is batch " + data.number());
    }
    if (!data.commitment().equals(claimed.commitment())) {
      return Outcome.refused(Refusal.COMMITMENT_MISMATCH, "data commits to " + data.commitment());
    }
    if (!claimed.oldRoot().equals(replica.root())) {
      return Outcome.refused(Refusal.WRONG_OLD_ROOT, "the replica's root is " + replica.root());
    }
    L2State.Savepoint sp = replica.savepoint();
    BatchExecution run = BatchExecutor.replay(replica, data);
    if (!run.isSuccess()) {
      replica.rollbackTo(sp);
      return Outcome.refused(
          Refusal.INVALID_TRANSACTION,
          "transaction " + run.failedIndex() + " is rejected: " + run.failure());
    }
    if (!run.header().newRoot().equals(claimed.newRoot())) {
      replica.rollbackTo(sp);
      return Outcome.refused(
          Refusal.NEW_ROOT_MISMATCH, "re-execution gives " + run.header().newRoot());
    }
    if (!run.header().l1OpsCommitment().equals(claimed.l1OpsCommitment())) {
      replica.rollbackTo(sp);
      return Outcome.refused(
          Refusal.L1_OPS_MISMATCH, "re-execution gives " + run.header().l1OpsCommitment());
    }
    store.storeDurably(data);
    AttestationSigner.SignResult signed = signer.sign(claimed);
    if (!signed.isSigned()) {
      replica.rollbackTo(sp);
      return Outcome.refused(
          Refusal.CONFLICTING_HEADER_ALREADY_SIGNED,
          "another header was already signed for batch " + claimed.number());
    }
    replica.release(sp);
    return new Outcome(signed.attestation(), null, "attested");
  }
}
