package io.validium.dac.node;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.state.L2State;
import io.validium.core.state.RejectReason;
import io.validium.core.state.SignatureCheck;
import io.validium.core.state.StateTransition;
import io.validium.core.state.TxOutcome;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;

/**
 * A batch re-executed on a member's replica with {@link StateTransition#decide}: the decisions and
 * the header {@code BatchExecutor} would give, without the access witness the member never uses
 * (reading the witness' proofs would hash the state tree after every write; here the written leaves
 * are hashed once, when the new root is read). Every transaction or none: on the first rejected one
 * the replica is rolled back.
 */
record Reexecution(BatchHeader header, int failedIndex, RejectReason failure) {

  /** Executes {@code data} on {@code state}, which must be of the data's domain. */
  static Reexecution run(L2State state, BatchData data) {
    if (!data.domain().equals(state.domain())) {
      return new Reexecution(null, 0, RejectReason.WRONG_DOMAIN);
    }
    StateRoot oldRoot = state.root();
    Fr depositsBefore = state.depositChain();
    Fr withdrawals = Fr.ZERO;
    L2State.Savepoint sp = state.savepoint();
    for (int i = 0; i < data.transactions().size(); i++) {
      Transaction tx = data.transactions().get(i);
      TxOutcome outcome = StateTransition.decide(state, tx, SignatureCheck.DIRECT);
      if (!outcome.isApplied()) {
        state.rollbackTo(sp);
        return new Reexecution(null, i, outcome.reason());
      }
      if (tx instanceof Withdrawal w) {
        withdrawals = Poseidon.hash(withdrawals, w.withdrawalLeaf());
      }
    }
    state.release(sp);
    L1OpsCommitment l1Ops =
        L1OpsCommitment.of(Poseidon.hash(depositsBefore, state.depositChain(), withdrawals));
    return new Reexecution(
        new BatchHeader(data.number(), oldRoot, state.root(), data.commitment(), l1Ops), -1, null);
  }

  boolean isSuccess() {
    return failure == null;
  }

  @Override
  public String toString() {
    return isSuccess()
        ? "re-execution to " + header
        : "transaction " + failedIndex + ": " + failure;
  }
}
