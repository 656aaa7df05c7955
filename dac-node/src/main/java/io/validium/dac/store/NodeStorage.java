package io.validium.dac.store;

import org.infinispan.commons.api.BasicCache;

/**
 * The node's Infinispan caches: batch data by commitment, the batch-number index, and the signing
 * log. Every write has reached the store (and, embedded, the disk) when the call returns.
 */
public interface NodeStorage extends AutoCloseable {
  /** Cache names, the same embedded and remote. */
  String BATCHES = "validium-batches";

  String BATCH_NUMBERS = "validium-batch-numbers";
  String SIGNING_LOG = "validium-signing-log";

  BasicCache<String, byte[]> batches();

  BasicCache<String, byte[]> batchNumbers();

  BasicCache<String, byte[]> signingLog();

  @Override
  void close();
}
