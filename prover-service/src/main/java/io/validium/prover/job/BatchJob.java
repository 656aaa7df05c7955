package io.validium.prover.job;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;

/**
 * A well-formed batch record: its data and the header the sequencer claims for it, consistent with
 * each other; whether the header is what the data does to the state is the replica's to say.
 *
 * @param data the decoded batch data
 * @param encoded the data exactly as received, what the replica's log keeps
 * @param claimed the decoded header
 */
public record BatchJob(BatchData data, byte[] encoded, BatchHeader claimed) {

  /** The batch number. */
  public long number() {
    return data.number().value();
  }
}
