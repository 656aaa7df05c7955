package io.validium.dac.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import io.validium.da.committee.SigningKeys;
import io.validium.dac.node.MemberNode;
import io.validium.dac.store.EmbeddedStorage;
import io.validium.dac.store.NodeStorage;
import io.validium.dac.store.RemoteStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.web3j.crypto.ECKeyPair;

/** Builds the storage and the member node from the configuration, and closes the storage. */
@ApplicationScoped
public class NodeProducer {

  @Produces
  @Singleton
  NodeStorage storage(DacConfig config) {
    return switch (config.store().kind()) {
      case EMBEDDED ->
          new EmbeddedStorage(config.store().dataDir(), config.store().batchesInMemory());
      case REMOTE ->
          new RemoteStorage(
              config
                  .store()
                  .hotrodUri()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "dac.store.hotrod-uri is required for remote")));
    };
  }

  void close(@Disposes NodeStorage storage) {
    storage.close();
  }

  @Produces
  @Singleton
  MemberNode node(DacConfig config, NodeStorage storage, MeterRegistry metrics) {
    Domain domain = new Domain(ChainId.of(config.chainId()), Address.parse(config.validium()));
    return new MemberNode(
        domain, config.balanceDepth(), config.api().maxBatchBytes(), storage, key(config), metrics);
  }

  private static ECKeyPair key(DacConfig config) {
    DacConfig.Key k = config.key();
    if (k.keystore().isPresent() == k.rawKeyFile().isPresent()) {
      throw new IllegalStateException(
          "set exactly one of dac.key.keystore and dac.key.raw-key-file");
    }
    if (k.keystore().isPresent()) {
      return SigningKeys.fromKeystore(
          k.keystore().get(),
          k.passwordFile()
              .orElseThrow(() -> new IllegalStateException("dac.key.password-file is required")));
    }
    return SigningKeys.fromRawKeyFile(k.rawKeyFile().get());
  }
}
