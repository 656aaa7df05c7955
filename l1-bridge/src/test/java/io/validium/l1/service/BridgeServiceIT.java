package io.validium.l1.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import io.validium.l1.testing.ChainFixture;
import io.validium.l1.testing.Eventually;
import io.validium.l1.testing.Records;
import io.validium.l1.testing.TopicReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole service against a real broker and a real anvil: a deposit relayed, a batch submitted
 * once its proof and certificate are on Kafka and its finalization published (and its records
 * committed), garbage on each consumed topic dead-lettered, and the node going away (both the
 * watcher and the submitter unready, a ready batch kept) and coming back.
 */
@QuarkusTest
@QuarkusTestResource(value = BridgeTestResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BridgeServiceIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final EdDsaPrivateKey ALICE = ChainFixture.user("alice");

  @Test
  @Order(1)
  void relaysADepositThenSubmitsItsBatchOnceProofAndCertificateAreOnKafka() throws Exception {
    ChainFixture chain = BridgeTestResource.chain;
    chain.depositEth(2, 5, ALICE, 1_000);
    Eventually.await("the deposit on the events topic", PATIENCE, () -> count("deposit") == 1);
    JsonNode deposit = events("deposit").get(0);
    assertThat(deposit.get("depositIndex").asText()).isEqualTo("0");
    assertThat(deposit.get("amount").asText()).isEqualTo("1000");

    Domain domain = new Domain(chain.deployment.chainId(), chain.deployment.validium());
    Deposit d =
        new Deposit(
            domain,
            DepositIndex.of(0),
            AccountId.of(5),
            ALICE.publicKey(),
            TokenId.ETH,
            Amount.of(1_000));
    BatchData data = new BatchData(domain, BatchNumber.of(0), List.of(d));
    BatchExecution exec = BatchExecutor.execute(new L2State(domain, 4), data);
    assertThat(exec.isSuccess()).isTrue();
    BatchHeader header = exec.header();

    try (KafkaProducer<String, byte[]> p = producer()) {
      // The proof and one attestation come before the batch itself: they wait for it.
      p.send(record(BridgeTestResource.PROOFS, "0", proofJson(exec))).get();
      p.send(record(BridgeTestResource.ATTESTATIONS, "0", attestation(domain, header, 0))).get();
      ProducerRecord<String, byte[]> batch =
          record(BridgeTestResource.BATCHES, "0", BatchCodec.encodeData(data));
      batch.headers().add("validium-header", BatchCodec.encodeHeader(header));
      p.send(batch).get();
      assertThat(count("batchSubmitted")).as("one attestation is below the threshold").isZero();
      p.send(record(BridgeTestResource.ATTESTATIONS, "0", attestation(domain, header, 1))).get();
    }

    Eventually.await("batch 0 final on L1", PATIENCE, () -> count("batchFinalized") == 1);
    assertThat(events("batchSubmitted")).hasSize(1);
    assertThat(events("batchFinalized").get(0).get("batchNumber").asText()).isEqualTo("0");
    assertThat(readWord("nextBatchNumber()")).isEqualTo(BigInteger.ONE);
    assertThat(readWord("stateRoot()")).isEqualTo(header.newRoot().value().toBigInteger());
    Eventually.await(
        "the records of final batch 0 committed: a restart would not read them again",
        PATIENCE,
        () -> committedToTheEnd());
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            org.hamcrest.Matchers.containsString("validium_l1_batch_gas_used"),
            org.hamcrest.Matchers.containsString("validium_l1_events_relayed_total"));
  }

  @Test
  @Order(2)
  void garbageOnEveryConsumedTopicIsDeadLetteredWithItsReason() throws Exception {
    byte[] junk = "{not a record".getBytes(StandardCharsets.UTF_8);
    try (KafkaProducer<String, byte[]> p = producer()) {
      p.send(record(BridgeTestResource.BATCHES, "7", junk)).get();
      p.send(record(BridgeTestResource.PROOFS, "7", junk)).get();
      p.send(record(BridgeTestResource.ATTESTATIONS, "7", junk)).get();
    }
    assertDeadLettered(BridgeTestResource.BATCHES, "MALFORMED_HEADER");
    assertDeadLettered(BridgeTestResource.PROOFS, "MALFORMED_PROOF");
    assertDeadLettered(BridgeTestResource.ATTESTATIONS, "MALFORMED_ATTESTATION");
    given().get("/q/health/ready").then().statusCode(200);
    Eventually.await(
        "dead-lettered records committed", PATIENCE, BridgeServiceIT::committedToTheEnd);
  }

  @Test
  @Order(3)
  void aNodeThatGoesAwayMakesTheServiceUnreadyAndNothingIsLostWhenItReturns() throws Exception {
    BridgeWorld w = BridgeTestResource.world;
    L2State state = new L2State(w.domain(), 4);
    w.depositBatch(state, 0, 0, 5, ALICE, 1_000);
    EdDsaPrivateKey bob = ChainFixture.user("bob");
    BridgeTestResource.proxy.stop();
    // A deposit made while the bridge cannot see the node.
    BridgeTestResource.chain.depositEth(3, 6, bob, 77);
    Eventually.await(
        "the submitter DOWN too",
        PATIENCE,
        () -> "DOWN".equals(check("l1-submitter").path("status").asText()));
    given().get("/q/health/ready").then().statusCode(503);
    assertThat(check("l1-submitter").path("data").path("error").asText()).isNotEmpty();
    given().get("/q/health/live").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .body(org.hamcrest.Matchers.containsString("validium_l1_rpc_errors_total"));
    // Batch 1 (the deposit) becomes ready to submit while the node is away: it must wait, not go.
    BridgeWorld.Batch b1 = w.depositBatch(state, 1, 1, 6, bob, 77);
    w.publishBatch(b1, 0, 2);
    BridgeTestResource.proxy.start();
    Eventually.await(
        "readiness UP", PATIENCE, () -> given().get("/q/health/ready").statusCode() == 200);
    Eventually.await("the second deposit", PATIENCE, () -> count("deposit") == 2);
    assertThat(events("deposit"))
        .extracting(e -> e.get("depositIndex").asText())
        .containsExactly("0", "1");
    Eventually.await("batch 1 final on L1", PATIENCE, () -> count("batchFinalized") == 2);
    assertThat(readWord("nextBatchNumber()")).isEqualTo(BigInteger.TWO);
    assertThat(events("batchFailed")).isEmpty();
  }

  private static JsonNode check(String name) {
    try {
      JsonNode health = JSON.readTree(given().get("/q/health/ready").asString());
      for (JsonNode c : health.path("checks")) {
        if (name.equals(c.path("name").asText())) {
          return c;
        }
      }
      return JSON.createObjectNode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean committedToTheEnd() {
    try {
      return BridgeTestResource.world.committedToTheEndOfEveryInput();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertDeadLettered(String topic, String reason) {
    String dlq = topic + ".l1-bridge-dead-letter";
    Eventually.await(
        reason + " on " + dlq,
        PATIENCE,
        () ->
            TopicReader.readAll(BridgeTestResource.kafka.bootstrapServers(), dlq).stream()
                .anyMatch(
                    r -> {
                      var h = r.headers().lastHeader("dead-letter-reason");
                      return h != null
                          && new String(h.value(), StandardCharsets.UTF_8).startsWith(reason);
                    }));
  }

  private static long count(String type) {
    return events(type).size();
  }

  private static List<JsonNode> events(String type) {
    List<JsonNode> out = new ArrayList<>();
    for (var r :
        TopicReader.readAll(
            BridgeTestResource.kafka.bootstrapServers(), BridgeTestResource.EVENTS)) {
      try {
        JsonNode v = JSON.readTree(r.value());
        if (type.equals(v.path("type").asText())) {
          out.add(v);
        }
      } catch (Exception e) {
        throw new AssertionError("not JSON on the events topic: " + r.value(), e);
      }
    }
    return out;
  }

  /** The proof record of {@code exec}, run on the genesis state (so its queue entries are all). */
  private static byte[] proofJson(BatchExecution exec) {
    return Records.proof(BridgeTestResource.prover, exec, exec.priorityEntries());
  }

  private static byte[] attestation(Domain domain, BatchHeader h, int member) {
    return Records.attestation(domain, h, BridgeTestResource.members.get(member));
  }

  private static BigInteger readWord(String signature) {
    byte[] selector =
        java.util.Arrays.copyOf(
            io.validium.core.crypto.Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII)),
            4);
    return new BigInteger(
        1,
        BridgeTestResource.chain.rpc.ethCall(
            BridgeTestResource.chain.deployment.validium().toString(), selector));
  }

  private static ProducerRecord<String, byte[]> record(String topic, String key, byte[] value) {
    return new ProducerRecord<>(topic, key, value);
  }

  private static KafkaProducer<String, byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BridgeTestResource.kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }
}
