package io.validium.core.state;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Applies a whole batch atomically: every transaction or none. */
public final class BatchExecutor {
  private BatchExecutor() {}

  /**
   * Executes {@code data} on {@code state}. On success the state has moved to the new root; on the
   * first rejected transaction the state is rolled back and the failure names it.
   */
  public static BatchExecution execute(L2State state, BatchData data) {
    return run(state, data, StateTransition::apply);
  }

  /**
   * Executes {@code data} exactly as {@link #execute} would, with the same header, decisions and
   * final state, but without recording access witnesses ({@link StateTransition#decide}): what a
   * replica that never proves needs, since reading a witness hashes the tree after every write.
   */
  public static BatchExecution replay(L2State state, BatchData data) {
    SignatureCheck signatures = BatchSignatures.verify(state, data.transactions());
    return run(state, data, (s, tx) -> StateTransition.decide(s, tx, signatures));
  }

  private static BatchExecution run(
      L2State state, BatchData data, BiFunction<L2State, Transaction, TxOutcome> step) {
    if (!data.domain().equals(state.domain())) {
      return BatchExecution.failed(0, RejectReason.WRONG_DOMAIN);
    }
    StateRoot oldRoot = state.root();
    Fr depositsBefore = state.depositChain();
    L2State.Savepoint sp = state.savepoint();
    List<TxOutcome> outcomes = new ArrayList<>(data.transactions().size());
    List<Deposit> deposits = new ArrayList<>();
    List<Withdrawal> withdrawals = new ArrayList<>();
    List<L1Withdrawal> l1Withdrawals = new ArrayList<>();
    int priorityEntries = 0;
    Fr withdrawalChain = Fr.ZERO;
    for (int i = 0; i < data.transactions().size(); i++) {
      Transaction tx = data.transactions().get(i);
      TxOutcome outcome = step.apply(state, tx);
      if (!outcome.isApplied()) {
        state.rollbackTo(sp);
        return BatchExecution.failed(i, outcome.reason());
      }
      outcomes.add(outcome);
      if (tx instanceof Deposit d) {
        deposits.add(d);
      } else if (tx instanceof Withdrawal w) {
        withdrawals.add(w);
      }
      if (tx instanceof Deposit || tx instanceof ForcedWithdrawal) {
        priorityEntries++;
      }
      if (outcome.emitted().isPresent()) {
        L1Withdrawal emitted = outcome.emitted().get();
        l1Withdrawals.add(emitted);
        withdrawalChain = Poseidon.hash(withdrawalChain, emitted.leaf());
      }
    }
    state.release(sp);
    L1OpsCommitment l1Ops =
        L1OpsCommitment.of(Poseidon.hash(depositsBefore, state.depositChain(), withdrawalChain));
    BatchHeader header =
        new BatchHeader(data.number(), oldRoot, state.root(), data.commitment(), l1Ops);
    return BatchExecution.succeeded(
        header,
        data.domain(),
        depositsBefore,
        outcomes,
        new BatchExecution.L1Operations(deposits, withdrawals, l1Withdrawals, priorityEntries));
  }
}
