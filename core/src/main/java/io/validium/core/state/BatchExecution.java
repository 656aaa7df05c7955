package io.validium.core.state;

import io.validium.core.batch.BatchHeader;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Withdrawal;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The outcome of executing a whole batch: its header, the L1 operations it consumes and emits and
 * the per-transaction witness; or the first transaction that failed, in which case the state is as
 * before.
 */
public final class BatchExecution {
  private final BatchHeader header;
  private final Domain domain;
  private final Fr depositChainBefore;
  private final List<TxOutcome> outcomes;
  private final List<Deposit> deposits;
  private final List<Withdrawal> withdrawals;
  private final int failedIndex;
  private final RejectReason failure;

  private BatchExecution(
      BatchHeader header,
      Domain domain,
      Fr depositChainBefore,
      List<TxOutcome> outcomes,
      List<Deposit> deposits,
      List<Withdrawal> withdrawals,
      int failedIndex,
      RejectReason failure) {
    this.header = header;
    this.domain = domain;
    this.depositChainBefore = depositChainBefore;
    this.outcomes = outcomes;
    this.deposits = deposits;
    this.withdrawals = withdrawals;
    this.failedIndex = failedIndex;
    this.failure = failure;
  }

  static BatchExecution succeeded(
      BatchHeader header,
      Domain domain,
      Fr depositChainBefore,
      List<TxOutcome> outcomes,
      List<Deposit> deposits,
      List<Withdrawal> withdrawals) {
    return new BatchExecution(
        header,
        domain,
        depositChainBefore,
        List.copyOf(outcomes),
        List.copyOf(deposits),
        List.copyOf(withdrawals),
        -1,
        null);
  }

  static BatchExecution failed(int index, RejectReason reason) {
    return new BatchExecution(null, null, null, null, null, null, index, reason);
  }

  public boolean isSuccess() {
    return failure == null;
  }

  public BatchHeader header() {
    requireSuccess();
    return header;
  }

  /** The deployment the batch ran on, whose hash starts its commitment and every signed message. */
  public Domain domain() {
    requireSuccess();
    return domain;
  }

  /** The deposit chain {@code D_before} as it stood before the batch's first deposit. */
  public Fr depositChainBefore() {
    requireSuccess();
    return depositChainBefore;
  }

  /** One outcome per transaction, each with its witness, in batch order. */
  public List<TxOutcome> outcomes() {
    requireSuccess();
    return outcomes;
  }

  /** The L1 deposits the batch consumes, in queue order. */
  public List<Deposit> deposits() {
    requireSuccess();
    return deposits;
  }

  /** The withdrawals the batch emits to L1, in batch order. */
  public List<Withdrawal> withdrawals() {
    requireSuccess();
    return withdrawals;
  }

  /** The position of the first rejected transaction. */
  public int failedIndex() {
    requireFailure();
    return failedIndex;
  }

  public RejectReason failure() {
    requireFailure();
    return failure;
  }

  private void requireSuccess() {
    if (failure != null) {
      throw new NoSuchElementException("transaction " + failedIndex + " failed: " + failure);
    }
  }

  private void requireFailure() {
    if (failure == null) {
      throw new NoSuchElementException("the batch succeeded");
    }
  }

  @Override
  public String toString() {
    return isSuccess()
        ? "BatchExecution{" + header + "}"
        : "BatchExecution{failed at " + failedIndex + ": " + failure + "}";
  }
}
