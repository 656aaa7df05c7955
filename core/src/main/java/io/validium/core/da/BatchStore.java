package io.validium.core.da;

import io.validium.core.batch.BatchData;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import java.util.Optional;

/** A member's durable store of batch data: the data L1 does not hold. */
public interface BatchStore {

  /**
   * Stores the batch durably: when this returns, the data survives a crash of the process and of
   * the machine (flushed to stable storage). Storing the same batch again is a no-op.
   */
  void storeDurably(BatchData data);

  Optional<BatchData> load(BatchNumber number);

  Optional<BatchData> loadByCommitment(BatchCommitment commitment);
}
