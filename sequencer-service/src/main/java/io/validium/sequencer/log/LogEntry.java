package io.validium.sequencer.log;

import io.validium.core.tx.Transaction;
import io.validium.core.types.BatchNumber;

/** One record of the accepted-transaction log (protocol.md, "Sequencer log"). */
public sealed interface LogEntry {

  /** A transaction the sequencer accepted, in acceptance order. */
  record Accepted(Transaction transaction) implements LogEntry {}

  /** The open batch closed here, holding the {@code count} transactions accepted since the last. */
  record Sealed(BatchNumber batch, int count) implements LogEntry {}

  /** The batch topic acknowledged the batch's data. */
  record Published(BatchNumber batch) implements LogEntry {}

  /** L1 finalized the batch (and so every earlier one). */
  record Finalized(BatchNumber batch) implements LogEntry {}
}
