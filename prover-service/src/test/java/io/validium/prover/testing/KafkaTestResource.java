package io.validium.prover.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.validium.kafka.local.LocalKafka;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts a real KRaft broker (kafka-local) for the Quarkus tests, points the prover at it, and
 * gives it a fresh replica and the development key cached under target/ (made once, by the first
 * run).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
  public static final String BATCHES = "validium.batches";
  public static final String PROOFS = "validium.proofs";
  public static final String DEAD_LETTERS = "validium.batches.prover-dead-letter";

  private static volatile String bootstrap;
  private static volatile Path keyFile;
  private LocalKafka kafka;

  public static String bootstrapServers() {
    return bootstrap;
  }

  /** The proving key the service loads. */
  public static Path keyFile() {
    return keyFile;
  }

  @Override
  public Map<String, String> start() {
    Path target = Path.of("target");
    kafka = LocalKafka.start(target.resolve("kafka-it-" + System.nanoTime()));
    // Two partitions: batches are read independently of each other's order, as with several pods.
    kafka.createTopics(Map.of(BATCHES, 2, PROOFS, 1, DEAD_LETTERS, 1));
    bootstrap = kafka.bootstrapServers();
    keyFile =
        Path.of(System.getProperty("validium.test.dev-key-cache", "target/dev-keys"))
            .resolve("batch-n1.zkey");
    Map<String, String> config = new LinkedHashMap<>();
    config.put("kafka.bootstrap.servers", bootstrap);
    config.put("validium.prover.batch-size", "1");
    config.put("validium.prover.key.file", keyFile.toString());
    config.put("validium.prover.key.generate-development-key", "true");
    config.put(
        "validium.prover.replica.directory",
        target.resolve("replica-" + System.nanoTime()).toString());
    return config;
  }

  @Override
  public void stop() {
    if (kafka != null) {
      kafka.close();
    }
  }
}
