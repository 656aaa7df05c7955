package io.validium.prover.replica;

import java.util.List;

/**
 * Where a replica that is behind reads the batches it missed: every record of the batch topic, in
 * each partition's order, whoever proves them.
 */
public interface BatchSource {

  /** A batch record as it sits on the topic. */
  record RawRecord(String key, byte[] value, byte[] header) {}

  /** Every record currently on the topic whose key is a batch number in [from, to). */
  List<RawRecord> read(long from, long to);
}
