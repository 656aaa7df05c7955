package io.validium.dac.it;

import io.validium.dac.store.NodeStorage;
import java.nio.file.Path;
import java.util.List;
import org.infinispan.Cache;
import org.infinispan.commons.dataconversion.MediaType;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.server.hotrod.HotRodServer;
import org.infinispan.server.hotrod.configuration.HotRodServerConfigurationBuilder;

/**
 * A real Infinispan Hot Rod server on 127.0.0.1 in the test JVM, its caches in soft-index file
 * stores under a data directory, so that a stopped and restarted server still holds what it was
 * given: what an operator's Infinispan cluster is to a node configured with {@code
 * dac.store.kind=remote}.
 */
final class HotRodTestServer implements AutoCloseable {
  private final Path dataDir;
  private final int port;
  private final boolean defineNodeCaches;
  private DefaultCacheManager manager;
  private HotRodServer server;

  /**
   * @param defineNodeCaches whether the server defines the three caches a node needs; a node must
   *     refuse to start on a server that lacks them
   */
  HotRodTestServer(Path dataDir, int port, boolean defineNodeCaches) {
    this.dataDir = dataDir.toAbsolutePath();
    this.port = port;
    this.defineNodeCaches = defineNodeCaches;
  }

  synchronized HotRodTestServer start() {
    GlobalConfigurationBuilder global = new GlobalConfigurationBuilder().nonClusteredDefault();
    global.globalState().enable().persistentLocation(dataDir.toString());
    global.cacheManagerName("hotrod-it-" + port);
    global.jmx().enabled(false);
    manager = new DefaultCacheManager(global.build());
    if (defineNodeCaches) {
      for (String name :
          List.of(NodeStorage.BATCHES, NodeStorage.BATCH_NUMBERS, NodeStorage.SIGNING_LOG)) {
        ConfigurationBuilder b = new ConfigurationBuilder();
        b.encoding().mediaType(MediaType.APPLICATION_PROTOSTREAM_TYPE);
        b.persistence()
            .passivation(false)
            .addSoftIndexFileStore()
            .dataLocation(dataDir.resolve("data").resolve(name).toString())
            .indexLocation(dataDir.resolve("index").resolve(name).toString())
            .syncWrites(true)
            .purgeOnStartup(false);
        manager.defineConfiguration(name, b.build());
        manager.getCache(name);
      }
    }
    server = new HotRodServer();
    server.start(
        new HotRodServerConfigurationBuilder().host("127.0.0.1").port(port).build(), manager);
    server.postStart();
    return this;
  }

  synchronized void stop() {
    if (server != null) {
      server.stop();
      manager.stop();
      server = null;
      manager = null;
    }
  }

  String uri() {
    return "hotrod://127.0.0.1:" + port;
  }

  /** How many entries a cache holds, read on the server side. */
  synchronized int size(String cache) {
    Cache<Object, Object> c = manager.getCache(cache);
    return c.size();
  }

  @Override
  public void close() {
    stop();
  }
}
