package io.validium.dac.store;

import java.nio.file.Path;
import org.infinispan.Cache;
import org.infinispan.commons.api.BasicCache;
import org.infinispan.configuration.cache.Configuration;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;

/**
 * Infinispan embedded in the node, each cache write-through to a soft-index file store under the
 * data directory with synchronous writes: a put returns after the entry is forced to disk, so a
 * kill -9 right after it loses nothing.
 */
public final class EmbeddedStorage implements NodeStorage {
  private final DefaultCacheManager manager;
  private final Cache<String, byte[]> batches;
  private final Cache<String, byte[]> batchNumbers;
  private final Cache<String, byte[]> signingLog;

  /**
   * Opens the caches under {@code dataDir}; at most {@code batchesInMemory} batches are kept on the
   * heap, the rest are read from disk on demand.
   */
  public EmbeddedStorage(Path dataDir, long batchesInMemory) {
    GlobalConfigurationBuilder global = new GlobalConfigurationBuilder().nonClusteredDefault();
    global.globalState().enable().persistentLocation(dataDir.toString());
    global.cacheManagerName("validium-dac");
    global.jmx().enabled(false);
    manager = new DefaultCacheManager(global.build());
    manager.defineConfiguration(BATCHES, durable(dataDir, BATCHES, batchesInMemory));
    manager.defineConfiguration(BATCH_NUMBERS, durable(dataDir, BATCH_NUMBERS, -1));
    manager.defineConfiguration(SIGNING_LOG, durable(dataDir, SIGNING_LOG, -1));
    batches = manager.getCache(BATCHES);
    batchNumbers = manager.getCache(BATCH_NUMBERS);
    signingLog = manager.getCache(SIGNING_LOG);
  }

  private static Configuration durable(Path dataDir, String name, long maxInMemory) {
    ConfigurationBuilder b = new ConfigurationBuilder();
    if (maxInMemory > 0) {
      b.memory().maxCount(maxInMemory);
    }
    b.persistence()
        .passivation(false)
        .addSoftIndexFileStore()
        .dataLocation(dataDir.resolve("data").resolve(name).toString())
        .indexLocation(dataDir.resolve("index").resolve(name).toString())
        .syncWrites(true)
        .preload(maxInMemory <= 0)
        .purgeOnStartup(false)
        .shared(false);
    return b.build();
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
