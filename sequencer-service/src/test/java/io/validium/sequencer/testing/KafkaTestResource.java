package io.validium.sequencer.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.validium.kafka.local.LocalKafka;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Starts a real KRaft broker (kafka-local) for the Quarkus tests and points the app at it. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
  /** Every topic the sequencer reads or writes, as in application.properties. */
  public static final Map<String, Integer> TOPICS =
      Map.of(
          "validium.tx.ingress", 2,
          "validium.tx.rejected", 1,
          "validium.batches", 1,
          "validium.l1.events", 1,
          "validium.proofs", 1,
          "validium.attestations", 1,
          "validium.sequencer.log", 1);

  private static volatile String bootstrap;
  private LocalKafka kafka;

  /** The broker's address, for tests that produce or consume themselves. */
  public static String bootstrapServers() {
    return bootstrap;
  }

  @Override
  public Map<String, String> start() {
    Path dir = Path.of("target", "kafka-test-" + System.nanoTime());
    kafka = LocalKafka.start(dir);
    kafka.createTopics(TOPICS);
    bootstrap = kafka.bootstrapServers();
    Map<String, String> config = new LinkedHashMap<>();
    config.put("kafka.bootstrap.servers", bootstrap);
    return config;
  }

  @Override
  public void stop() {
    if (kafka != null) {
      kafka.close();
    }
  }
}
