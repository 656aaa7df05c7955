package io.validium.l1.service;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.validium.kafka.local.LocalKafka;
import io.validium.l1.contracts.DevelopmentBatchProver;
import io.validium.l1.testing.AnvilNode;
import io.validium.l1.testing.ChainFixture;
import io.validium.l1.testing.TcpProxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.ECKeyPair;

/** The in-process service's {@link BridgeWorld}, its parts in statics for the test class. */
public class BridgeTestResource implements QuarkusTestResourceLifecycleManager {

  static final String EVENTS = BridgeWorld.EVENTS;
  static final String BATCHES = BridgeWorld.BATCHES;
  static final String PROOFS = BridgeWorld.PROOFS;
  static final String ATTESTATIONS = BridgeWorld.ATTESTATIONS;

  static volatile BridgeWorld world;
  static volatile LocalKafka kafka;
  static volatile AnvilNode anvil;
  static volatile TcpProxy proxy;
  static volatile ChainFixture chain;
  static volatile DevelopmentBatchProver prover;
  static volatile List<ECKeyPair> members;

  @Override
  public Map<String, String> start() {
    try {
      world =
          BridgeWorld.start(
              Path.of("target").toAbsolutePath().resolve("bridge-it-" + System.nanoTime()));
      kafka = world.kafka;
      anvil = world.anvil;
      proxy = world.proxy;
      chain = world.chain;
      prover = world.prover;
      members = world.members;
      return world.config;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the bridge's test world: " + e, e);
    }
  }

  @Override
  public void stop() {
    if (world != null) {
      world.close();
    }
  }
}
