package io.validium.l1.events;

import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.types.BatchNumber;

/** An event of the Validium contract that the bridge relays, decoded and validated. */
public sealed interface L1Event {

  /** The block the event's log is in. */
  long block();

  /** {@code DepositQueued}: the L2 deposit it asks for. */
  record DepositQueued(long block, Deposit deposit) implements L1Event {}

  /**
   * {@code ForcedWithdrawalQueued} (protocol.md 17.1): the L2 forced withdrawal it asks for, an
   * entry of the same queue as deposits.
   */
  record ForcedWithdrawalQueued(long block, ForcedWithdrawal withdrawal) implements L1Event {}

  /** {@code BatchFinalized}: the batch is final on L1. */
  record BatchFinalized(long block, BatchNumber batch) implements L1Event {}
}
