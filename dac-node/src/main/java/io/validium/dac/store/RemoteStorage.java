package io.validium.dac.store;

import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.client.hotrod.configuration.ConfigurationBuilder;
import org.infinispan.commons.api.BasicCache;

/**
 * The production option: a remote Infinispan cluster over Hot Rod. The caches must be defined on
 * the server with a persistent store; the client does not create them, so a misconfigured cluster
 * fails the node's start instead of silently storing in memory.
 */
public final class RemoteStorage implements NodeStorage {
  private final RemoteCacheManager manager;
  private final BasicCache<String, byte[]> batches;
  private final BasicCache<String, byte[]> batchNumbers;
  private final BasicCache<String, byte[]> signingLog;

  /** Connects with a Hot Rod URI such as {@code hotrod://user:pass@host:11222}. */
  public RemoteStorage(String hotRodUri) {
    manager = new RemoteCacheManager(new ConfigurationBuilder().uri(hotRodUri).build());
    batches = required(BATCHES);
    batchNumbers = required(BATCH_NUMBERS);
    signingLog = required(SIGNING_LOG);
  }

  private BasicCache<String, byte[]> required(String name) {
    BasicCache<String, byte[]> cache = manager.getCache(name);
    if (cache == null) {
      manager.stop();
      throw new IllegalStateException("the Infinispan cluster has no cache named " + name);
    }
    return cache;
  }

  @Override
  public BasicCache<String, byte[]> batches() {
    return batches;
  }

  @Override
  public BasicCache<String, byte[]> batchNumbers() {
    return batchNumbers;
  }

  @Override
  public BasicCache<String, byte[]> signingLog() {
    return signingLog;
  }

  @Override
  public void close() {
    manager.stop();
  }
}
