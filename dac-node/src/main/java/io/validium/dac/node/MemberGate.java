package io.validium.dac.node;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.da.AttestationGate.Outcome;
import io.validium.core.da.AttestationGate.Refusal;
import io.validium.core.da.AttestationSigner;
import io.validium.core.da.BatchStore;
import io.validium.core.state.L2State;

/**
 * core's {@code AttestationGate} rule, checks and refusals in the same order, with the batch
 * re-executed by {@link Reexecution} (no access witness) instead of {@code BatchExecutor}: sign
 * only after the data hashes to the header's commitment, re-executing it on the replica gives the
 * header's new root and L1 operations, and the data is stored durably. On a refusal the replica is
 * unchanged and nothing is signed.
 */
final class MemberGate {
  private final L2State replica;
  private final BatchStore store;
  private final AttestationSigner signer;

  MemberGate(L2State replica, BatchStore store, AttestationSigner signer) {
    this.replica = replica;
    this.store = store;
    this.signer = signer;
  }

  Outcome admit(BatchHeader claimed, BatchData data) {
    if (!claimed.number().equals(data.number())) {
      return refused(
          Refusal.NUMBER_MISMATCH,
          "header is batch " + claimed.number() + ", data is batch " + data.number());
    }
    if (!data.commitment().equals(claimed.commitment())) {
      return refused(Refusal.COMMITMENT_MISMATCH, "data commits to " + data.commitment());
    }
    if (!claimed.oldRoot().equals(replica.root())) {
      return refused(Refusal.WRONG_OLD_ROOT, "the replica's root is " + replica.root());
    }
    L2State.Savepoint sp = replica.savepoint();
    Reexecution run = Reexecution.run(replica, data);
    if (!run.isSuccess()) {
      replica.rollbackTo(sp);
      return refused(
          Refusal.INVALID_TRANSACTION,
          "transaction " + run.failedIndex() + " is rejected: " + run.failure());
    }
    if (!run.header().newRoot().equals(claimed.newRoot())) {
      replica.rollbackTo(sp);
      return refused(Refusal.NEW_ROOT_MISMATCH, "re-execution gives " + run.header().newRoot());
    }
    if (!run.header().l1OpsCommitment().equals(claimed.l1OpsCommitment())) {
      replica.rollbackTo(sp);
      return refused(
          Refusal.L1_OPS_MISMATCH, "re-execution gives " + run.header().l1OpsCommitment());
    }
    store.storeDurably(data);
    AttestationSigner.SignResult signed = signer.sign(claimed);
    if (!signed.isSigned()) {
      replica.rollbackTo(sp);
      return refused(
          Refusal.CONFLICTING_HEADER_ALREADY_SIGNED,
          "another header was already signed for batch " + claimed.number());
    }
    replica.release(sp);
    return new Outcome(signed.attestation(), null, "attested");
  }

  private static Outcome refused(Refusal refusal, String detail) {
    return new Outcome(null, refusal, detail);
  }
}
