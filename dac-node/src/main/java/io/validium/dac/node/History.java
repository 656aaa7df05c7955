package io.validium.dac.node;

import io.validium.core.da.BatchStore;
import io.validium.core.state.L2State;
import io.validium.core.tx.Domain;
import io.validium.core.types.BatchNumber;
import io.validium.da.committee.SignedEntry;
import io.validium.dac.store.StoredSigningLog;

/**
 * The state as of an earlier batch, rebuilt by replaying signed batches into a second replica. One
 * cursor is kept, so walking forward through history replays each batch once.
 */
final class History {
  private final Domain domain;
  private final int balanceDepth;
  private final StoredSigningLog log;
  private final BatchStore store;
  private L2State state;
  private long appliedThrough = -1;

  History(Domain domain, int balanceDepth, StoredSigningLog log, BatchStore store) {
    this.domain = domain;
    this.balanceDepth = balanceDepth;
    this.log = log;
    this.store = store;
  }

  /** The state after batch {@code batch}, which must have been signed. */
  L2State at(BatchNumber batch) {
    if (state == null || appliedThrough > batch.value()) {
      state = new L2State(domain, balanceDepth);
      appliedThrough = -1;
    }
    while (appliedThrough < batch.value()) {
      SignedEntry e =
          log.find(BatchNumber.of(appliedThrough + 1))
              .orElseThrow(
                  () -> new IllegalStateException("no signed batch " + (appliedThrough + 1)));
      Replay.apply(state, e, store);
      appliedThrough++;
    }
    return state;
  }
}
