package io.validium.dac.store;

import io.validium.core.batch.BatchData;
import io.validium.core.codec.BatchCodec;
import io.validium.core.codec.Decoded;
import io.validium.core.da.BatchStore;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Batch data in Infinispan, keyed by commitment, with a number index pointing at the commitment.
 * Data read back is decoded again, so a corrupted store entry is never served as a batch.
 */
public final class StoredBatchStore implements BatchStore {
  private final NodeStorage storage;
  private final AtomicLong latest = new AtomicLong(-1);

  public StoredBatchStore(NodeStorage storage) {
    this.storage = storage;
    for (String key : storage.batchNumbers().keySet()) {
      latest.accumulateAndGet(Long.parseLong(key), Math::max);
    }
  }

  @Override
  public void storeDurably(BatchData data) {
    byte[] commitment = data.commitment().value().toBytesBigEndian();
    storage.batches().put(Keys.commitment(data.commitment()), BatchCodec.encodeData(data));
    // The index goes second: an index entry always points at data that is already stored.
    storage.batchNumbers().put(Keys.number(data.number()), commitment);
    latest.accumulateAndGet(data.number().value(), Math::max);
  }

  @Override
  public Optional<BatchData> load(BatchNumber number) {
    byte[] commitment = storage.batchNumbers().get(Keys.number(number));
    if (commitment == null) {
      return Optional.empty();
    }
    return loadByCommitment(BatchCommitment.fromBytes(commitment));
  }

  @Override
  public Optional<BatchData> loadByCommitment(BatchCommitment commitment) {
    byte[] bytes = storage.batches().get(Keys.commitment(commitment));
    if (bytes == null) {
      return Optional.empty();
    }
    Decoded<BatchData> d = BatchCodec.decodeData(bytes);
    if (!d.isOk() || !d.value().commitment().equals(commitment)) {
      throw new IllegalStateException("stored batch " + commitment + " is corrupt: " + d);
    }
    return Optional.of(d.value());
  }

  /** The highest batch number stored, if any. */
  public Optional<BatchNumber> latest() {
    long n = latest.get();
    return n < 0 ? Optional.empty() : Optional.of(BatchNumber.of(n));
  }
}
