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
  private final L1Operations l1;
  private final int failedIndex;
  private final RejectReason failure;

  private BatchExecution(
      BatchHeader header,
      Domain domain,
      Fr depositChainBefore,
      List<TxOutcome> outcomes,
      L1Operations l1,
      int failedIndex,
      RejectReason failure) {
    this.header = header;
    this.domain = domain;
    this.depositChainBefore = depositChainBefore;
    this.outcomes = outcomes;
    this.l1 = l1;
    this.failedIndex = failedIndex;
    this.failure = failure;
  }

  static BatchExecution succeeded(
      BatchHeader header,
      Domain domain,
      Fr depositChainBefore,
      List<TxOutcome> outcomes,
      L1Operations l1) {
    return new BatchExecution(
        header, domain, depositChainBefore, List.copyOf(outcomes), l1, -1, null);
  }

  static BatchExecution failed(int index, RejectReason reason) {
    return new BatchExecution(null, null, null, null, null, index, reason);
  }

  /** The L1 side of a batch, gathered while it runs. */
  record L1Operations(
      List<Deposit> deposits,
      List<Withdrawal> withdrawals,
      List<L1Withdrawal> l1Withdrawals,
      int priorityEntries) {
    L1Operations {
      deposits = List.copyOf(deposits);
      withdrawals = List.copyOf(withdrawals);
      l1Withdrawals = List.copyOf(l1Withdrawals);
    }
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

  /** The L1 deposits the batch consumes, in queue order (forced withdrawals not included). */
  public List<Deposit> deposits() {
    requireSuccess();
    return l1.deposits();
  }

  /** The L2 withdrawal transactions of the batch, in batch order (forced ones not included). */
  public List<Withdrawal> withdrawals() {
    requireSuccess();
    return l1.withdrawals();
  }

  /**
   * What the batch makes claimable on L1, in batch order: each withdrawal and each forced
   * withdrawal's paid amount, the list {@code submitBatch} takes and W chains (8.3, 17.3).
   */
  public List<L1Withdrawal> l1Withdrawals() {
    requireSuccess();
    return l1.l1Withdrawals();
  }

  /** How many entries of the L1 priority queue (deposits and forced withdrawals) it consumes. */
  public int priorityEntries() {
    requireSuccess();
    return l1.priorityEntries();
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
