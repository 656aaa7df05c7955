package io.validium.dac.node;

import io.validium.core.batch.BatchData;
import io.validium.core.da.BatchStore;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.da.committee.SignedEntry;

/**
 * Rebuilds a replica from the signing log and the stored data: every signed batch again, in order,
 * each of which must reproduce the root that was signed. A mismatch means the store is corrupt, and
 * the node must not start on it.
 */
final class Replay {
  private Replay() {}

  static void apply(L2State state, SignedEntry entry, BatchStore store) {
    long n = entry.header().number().value();
    BatchData data =
        store
            .loadByCommitment(entry.header().commitment())
            .orElseThrow(
                () -> new IllegalStateException("the data of signed batch " + n + " is missing"));
    if (!entry.header().oldRoot().equals(state.root())) {
      throw new IllegalStateException("signed batch " + n + " does not start at the replayed root");
    }
    BatchExecution run = BatchExecutor.replay(state, data);
    if (!run.isSuccess() || !run.header().equals(entry.header())) {
      throw new IllegalStateException("replaying signed batch " + n + " gives " + run);
    }
  }
}
