package io.validium.prover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.kafka.local.LocalKafka;
import io.validium.prover.testing.KafkaTestResource;
import io.validium.prover.testing.TestChain;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The packaged service, killed with SIGKILL while it proves a batch, proves that batch again after
 * a restart on the same replica directory: the record's offset was not committed, and the replica,
 * which had already applied the batch, re-executes it on the state before it.
 */
class PackagedProverIT {
  private static final Duration PATIENCE = Duration.ofMinutes(10);
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void aJobInterruptedByACrashIsProvenAfterTheRestart() throws Exception {
    Path dir = Path.of("target", "crash-it-" + System.nanoTime());
    Path key =
        Path.of(System.getProperty("validium.test.dev-key-cache", "target/dev-keys"))
            .resolve("batch-n1.zkey");
    TestChain chain = new TestChain(1, 21);
    TestChain.Sealed b0 = chain.seal(chain.deposit(0, 0, 42));
    try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"))) {
      kafka.createTopics(
          Map.of(
              KafkaTestResource.BATCHES,
              1,
              KafkaTestResource.PROOFS,
              1,
              KafkaTestResource.DEAD_LETTERS,
              1));
      try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
        ProducerRecord<String, byte[]> r =
            new ProducerRecord<>(KafkaTestResource.BATCHES, b0.key(), b0.value());
        r.headers().add("validium-header", b0.headerBytes());
        producer.send(r).get();
      }

      Process first = start(kafka, key, dir, dir.resolve("first.log"));
      try {
        awaitLine(dir.resolve("first.log"), "batch 0 re-executed to its header, proving");
      } finally {
        first.destroyForcibly().waitFor();
      }
      assertThat(read(kafka, KafkaTestResource.PROOFS, 0, Duration.ofSeconds(3))).isEmpty();

      Process second = start(kafka, key, dir, dir.resolve("second.log"));
      try {
        List<ConsumerRecord<String, byte[]>> proofs =
            read(kafka, KafkaTestResource.PROOFS, 1, PATIENCE);
        assertThat(proofs).hasSize(1);
        JsonNode proof = mapper.readTree(proofs.get(0).value());
        assertThat(
                Groth16Verifier.verify(
                        ZkeyFile.read(key).verifyingKey(),
                        PublicSignals.ofField(b0.header().publicInputs()),
                        SnarkjsJson.readProof(proof.get("proof").toString()))
                    .isValid())
            .isTrue();
        assertThat(Files.readString(dir.resolve("second.log")))
            .contains("replica opened at batch 1");
      } finally {
        second.destroyForcibly().waitFor();
      }
    }
  }

  @Test
  void refusesToStartWithoutAUsableKeyAndSaysWhy() throws Exception {
    Path dir = Path.of("target", "startup-it-" + System.nanoTime());
    Files.createDirectories(dir);
    Path garbage = dir.resolve("garbage.zkey");
    Files.write(garbage, "not a zkey".getBytes(StandardCharsets.UTF_8));
    try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"))) {
      Process missing =
          start(kafka, dir.resolve("absent.zkey"), false, dir, dir.resolve("missing.log"));
      assertThat(missing.waitFor()).isEqualTo(1);
      assertThat(Files.readString(dir.resolve("missing.log")))
          .contains("the prover refuses to start: there is no proving key at");

      Process unreadable = start(kafka, garbage, true, dir, dir.resolve("garbage.log"));
      assertThat(unreadable.waitFor()).isEqualTo(1);
      assertThat(Files.readString(dir.resolve("garbage.log")))
          .contains("the prover refuses to start: the proving key")
          .contains("cannot be read");
    }
  }

  private static Process start(LocalKafka kafka, Path key, Path dir, Path log) throws IOException {
    return start(kafka, key, true, dir, log);
  }

  private static Process start(LocalKafka kafka, Path key, boolean devKey, Path dir, Path log)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java,
            "-Xmx2g",
            "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
            "-Dquarkus.http.port=0",
            "-Dvalidium.prover.batch-size=1",
            "-Dvalidium.prover.key.file=" + key.toAbsolutePath(),
            "-Dvalidium.prover.key.generate-development-key=" + devKey,
            "-Dvalidium.prover.replica.directory=" + dir.resolve("replica").toAbsolutePath(),
            "-jar",
            Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void awaitLine(Path log, String line) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!Files.exists(log) || !Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
      assertThat(System.nanoTime()).as("waiting for '%s' in %s", line, log).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static KafkaProducer<String, byte[]> producer(LocalKafka kafka) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /** Reads {@code topic} from its start until {@code count} records or {@code wait} have passed. */
  private static List<ConsumerRecord<String, byte[]>> read(
      LocalKafka kafka, String topic, int count, Duration wait) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "crash-it-" + System.nanoTime());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    long deadline = System.nanoTime() + wait.toNanos();
    try (KafkaConsumer<String, byte[]> c =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      while ((count == 0 || out.size() < count) && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(500)).forEach(out::add);
      }
    }
    return out;
  }
}
