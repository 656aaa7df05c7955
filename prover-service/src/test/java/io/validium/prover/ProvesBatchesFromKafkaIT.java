package io.validium.prover;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.validium.core.batch.BatchHeader;
import io.validium.core.types.Address;
import io.validium.prover.testing.KafkaTestResource;
import io.validium.prover.testing.TestChain;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerificationResult;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.ZkeyFile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Predicate;
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
 * The prover against a real KRaft broker: real batches of deposits, a transfer and a forced
 * withdrawal go in on the batch topic, Groth16 proofs come out on the proofs topic and verify
 * against the headers' public inputs, each with the batch's L1 side (the forced withdrawal with the
 * amount it paid, less than it asked); garbage and a lying header go to the dead letters with their
 * reasons, and the good records after them are still proven.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class ProvesBatchesFromKafkaIT {
  private static final Duration PATIENCE = Duration.ofMinutes(12);
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void provesEachBatchAndDeadLettersThePoisonInBetween() throws Exception {
    TestChain chain = new TestChain(2, 11);
    TestChain.Sealed b0 = chain.seal(chain.deposit(0, 0, 1_000));
    TestChain.Sealed b1 = chain.seal(chain.deposit(1, 0, 5));
    TestChain.Sealed b2 = chain.seal(chain.transfer(0, 1, 0, 300, 0));
    // Account 1 holds 305: the forced withdrawal of 1,000 pays 305, and the record says so.
    Address recipient = Address.parse("0x00000000000000000000000000000000000000cc");
    TestChain.Sealed b3 = chain.seal(chain.forcedWithdrawal(1, 0, 1_000, recipient));
    try (KafkaProducer<String, byte[]> producer = producer()) {
      send(producer, b0.key(), b0.value(), b0.headerBytes());
      send(producer, "1", "not a batch".getBytes(StandardCharsets.UTF_8), b1.headerBytes());
      send(producer, b1.key(), b1.value(), b1.tamperedHeaderBytes());
      send(producer, b1.key(), b1.value(), b1.headerBytes());
      send(producer, b2.key(), b2.value(), b2.headerBytes());
      send(producer, b3.key(), b3.value(), b3.headerBytes());
    }

    Map<Long, JsonNode> proofs = new TreeMap<>();
    for (ConsumerRecord<String, byte[]> r :
        consume(KafkaTestResource.PROOFS, records -> distinctKeys(records) >= 4)) {
      proofs.put(Long.parseLong(r.key()), mapper.readTree(r.value()));
    }
    assertThat(proofs).containsOnlyKeys(0L, 1L, 2L, 3L);
    VerifyingKey vk = ZkeyFile.read(KafkaTestResource.keyFile()).verifyingKey();
    for (TestChain.Sealed b : List.of(b0, b1, b2, b3)) {
      assertVerifies(vk, b.header(), proofs.get(b.data().number().value()));
    }
    assertThat(proofs.get(2L).get("withdrawals")).isEmpty();
    assertThat(proofs.get(2L).get("depositCountAfter").asText()).isEqualTo("2");
    JsonNode forced = proofs.get(3L);
    assertThat(forced.get("depositCountAfter").asText()).isEqualTo("3");
    assertThat(forced.get("depositChainBefore").asText())
        .isEqualTo(b3.run().depositChainBefore().toString());
    assertThat(forced.get("withdrawals").toString())
        .isEqualTo(
            "[{\"recipient\":\"0x00000000000000000000000000000000000000cc\","
                + "\"tokenId\":\"0\",\"amount\":\"305\"}]");

    List<String> reasons = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r :
        consume(KafkaTestResource.DEAD_LETTERS, records -> records.size() >= 2)) {
      reasons.add(
          new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8));
    }
    assertThat(reasons)
        .hasSize(2)
        .anySatisfy(reason -> assertThat(reason).startsWith("MALFORMED_DATA"))
        .anySatisfy(reason -> assertThat(reason).startsWith("HEADER_MISMATCH"));

    given().get("/q/health/ready").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .body(containsString("validium_prover_proofs_total"))
        .body(containsString("reason=\"HEADER_MISMATCH\""))
        .body(containsString("validium_prover_proving_time_seconds_bucket"));
  }

  private void assertVerifies(VerifyingKey vk, BatchHeader header, JsonNode record) {
    assertThat(record.get("batchNumber").asLong()).isEqualTo(header.number().value());
    Proof proof = SnarkjsJson.readProof(record.get("proof").toString());
    PublicSignals signals = SnarkjsJson.readPublicSignals(record.get("publicSignals").toString());
    PublicSignals expected = PublicSignals.ofField(header.publicInputs());

    assertThat(signals).isEqualTo(expected);
    assertThat(Groth16Verifier.verify(vk, expected, proof).reason())
        .isEqualTo(VerificationResult.Reason.VALID);
    PublicSignals otherRoot = expected.with(1, expected.get(1).add(java.math.BigInteger.ONE));
    assertThat(Groth16Verifier.verify(vk, otherRoot, proof).reason())
        .isEqualTo(VerificationResult.Reason.INVALID_PROOF);
  }

  private static long distinctKeys(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream().map(ConsumerRecord::key).distinct().count();
  }

  private static KafkaProducer<String, byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  private static void send(
      KafkaProducer<String, byte[]> producer, String key, byte[] value, byte[] header)
      throws Exception {
    ProducerRecord<String, byte[]> r = new ProducerRecord<>(KafkaTestResource.BATCHES, key, value);
    r.headers().add("validium-header", header);
    producer.send(r).get();
  }

  /** Reads {@code topic} from the start until {@code enough} holds of what was read. */
  private static List<ConsumerRecord<String, byte[]>> consume(
      String topic, Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic + "-" + System.nanoTime());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    try (KafkaConsumer<String, byte[]> c =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      while (!enough.test(out)) {
        assertThat(System.nanoTime())
            .as("records on %s so far: %s", topic, out.size())
            .isLessThan(deadline);
        c.poll(Duration.ofSeconds(1)).forEach(out::add);
      }
    }
    return out;
  }
}
