package io.validium.sequencer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.codec.TransactionCodec;
import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import io.validium.sequencer.testing.Accounts;
import io.validium.sequencer.testing.Committee;
import io.validium.sequencer.testing.Eventually;
import io.validium.sequencer.testing.KafkaClients;
import io.validium.sequencer.testing.KafkaTestResource;
import io.validium.sequencer.testing.TestChain;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;

/** Batches on the batch topic, their headers, their lifecycle, the roots and the backpressure. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class BatchLifecycleTest {

  @Test
  void publishesClosedBatchesThatAReplicaReExecutesToTheSameHeaders() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(100));
    AccountId b = Accounts.open(TokenId.ETH, Amount.of(0));
    var tx = TestChain.transfer(a, b, TokenId.ETH, 9, 0);
    String batch = submit(TestChain.json(tx)).getString("batchNumber");
    long n = Long.parseLong(batch);

    JsonPath view = awaitPublished(batch);
    List<ConsumerRecord<String, byte[]>> records =
        KafkaClients.readUntil(
            "validium.batches", rs -> rs.stream().anyMatch(r -> r.key().equals(batch)));

    L2State replica = new L2State(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    BatchHeader ours = null;
    for (long k = 0; k <= n; k++) {
      String key = Long.toString(k);
      ConsumerRecord<String, byte[]> r =
          records.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
      BatchData data = BatchCodec.decodeData(r.value()).value();
      BatchHeader header =
          BatchCodec.decodeHeader(r.headers().lastHeader("validium-header").value()).value();
      BatchExecution e = BatchExecutor.execute(replica, data);
      assertThat(e.isSuccess()).as("batch %s re-executes", k).isTrue();
      assertThat(e.header()).as("header of batch %s", k).isEqualTo(header);
      if (k == n) {
        ours = header;
        assertThat(data.transactions())
            .extracting(t -> HexFormat.of().formatHex(TransactionCodec.encode(t)))
            .contains(HexFormat.of().formatHex(TransactionCodec.encode(tx)));
      }
    }
    assertThat(view.getString("newRoot")).isEqualTo(ours.newRoot().toString());
    assertThat(view.getString("batchCommitment")).isEqualTo(ours.commitment().toString());
  }

  @Test
  void followsABatchThroughAttestationsProofAndL1ToFinal() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(100));
    AccountId b = Accounts.open(TokenId.ETH, Amount.of(0));
    JsonPath accepted = submit(TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 1, 0)));
    String batch = accepted.getString("batchNumber");
    String hash = accepted.getString("txHash");
    JsonPath view = awaitPublished(batch);

    BatchHeader header = header(view);
    KafkaClients.send("validium.l1.events", "x", "not json at all");
    // Garbage, a forged signature, a stranger's valid one, another header: none counts.
    KafkaClients.send("validium.attestations", batch, "{\"batchNumber\":" + batch + "}");
    attest(header, Committee.address(0), Committee.STRANGER);
    attest(header, Committee.address(Committee.STRANGER), Committee.STRANGER);
    attest(otherRoot(header), Committee.address(1), Committee.key(1));
    attest(header, Committee.address(0), Committee.key(0));
    attest(header, Committee.address(0), Committee.key(0));
    awaitAttestations(batch, 1);
    attest(header, Committee.address(1), Committee.key(1));
    awaitStatus(batch, "available");
    assertThat(given().get("/v1/batches/" + batch).jsonPath().getInt("attestations")).isEqualTo(2);
    assertThat(refused("attestations", "BAD_SIGNATURE")).isGreaterThanOrEqualTo(1);
    assertThat(refused("attestations", "NOT_A_MEMBER")).isGreaterThanOrEqualTo(1);
    assertThat(refused("attestations", "HEADER_MISMATCH")).isGreaterThanOrEqualTo(1);
    assertThat(refused("attestations", "MALFORMED")).isGreaterThanOrEqualTo(1);

    KafkaClients.send("validium.proofs", batch, proof(batch, otherRoot(header)));
    KafkaClients.send("validium.proofs", batch, "{\"batchNumber\":" + batch + ",\"proof\":{}}");
    KafkaClients.send("validium.proofs", batch, proof(batch, header));
    awaitStatus(batch, "proven");
    assertThat(refused("proofs", "SIGNALS_MISMATCH")).isGreaterThanOrEqualTo(1);
    assertThat(refused("proofs", "MALFORMED")).isGreaterThanOrEqualTo(1);
    KafkaClients.send(
        "validium.l1.events",
        batch,
        "{\"type\":\"batchSubmitted\",\"batchNumber\":\"" + batch + "\"}");
    awaitStatus(batch, "submitted");
    KafkaClients.send(
        "validium.l1.events",
        batch,
        "{\"type\":\"batchFinalized\",\"batchNumber\":\"" + batch + "\"}");
    awaitStatus(batch, "finalized");

    JsonPath roots = given().get("/v1/roots").then().statusCode(200).extract().jsonPath();
    assertThat(roots.getString("finalRoot")).isEqualTo(view.getString("newRoot"));
    assertThat(roots.getString("finalBatch")).isEqualTo(batch);
    given()
        .get("/v1/transactions/" + hash)
        .then()
        .statusCode(200)
        .body("status", equalTo("finalized"));
    JsonPath batchView = given().get("/v1/batches/" + batch).jsonPath();
    assertThat(batchView.getList("history.status"))
        .containsExactly("sequenced", "available", "proven", "submitted", "finalized");
  }

  @Test
  void servesAnAccountProofThatVerifiesAgainstTheCurrentRoot() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(42));

    JsonPath acc = Accounts.get(a);

    List<Fr> siblings =
        acc.getList("proof", String.class).stream()
            .map(h -> Fr.fromBytesBigEndian(HexFormat.of().parseHex(h.substring(2))))
            .toList();
    MerkleProof proof = new MerkleProof(a.value(), siblings);
    Fr leaf = Fr.fromBytesBigEndian(HexFormat.of().parseHex(acc.getString("leaf").substring(2)));
    Fr root = Fr.fromBytesBigEndian(HexFormat.of().parseHex(acc.getString("root").substring(2)));
    assertThat(proof.verifies(root, leaf)).isTrue();
    assertThat(acc.getString("nonce")).isEqualTo("0");
    assertThat(acc.getList("balances.amount")).containsExactly("42");
  }

  @Test
  void answers503WithRetryAfterWhenTooManyBatchesAreNotFinalThenRecovers() {
    AccountId a = Accounts.open(TokenId.ETH, Amount.of(1_000_000));
    AccountId b = Accounts.open(TokenId.ETH, Amount.of(0));
    int nonce = 0;
    io.restassured.response.Response last = null;
    for (int i = 0; i < 400; i++) {
      last = post(TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 1, nonce)));
      if (last.statusCode() != 202) {
        break;
      }
      nonce++;
    }
    assertThat(last.statusCode()).isEqualTo(503);
    assertThat(last.header("Retry-After")).isEqualTo("1");
    assertThat(last.contentType()).startsWith("application/problem+json");
    assertThat(last.jsonPath().getString("reason")).isEqualTo("BUSY");

    String open = given().get("/v1/roots").jsonPath().getString("openBatch");
    String highest = Long.toString(Long.parseLong(open) - 1);
    KafkaClients.send(
        "validium.l1.events",
        highest,
        "{\"type\":\"batchFinalized\",\"batchNumber\":\"" + highest + "\"}");
    awaitStatus(highest, "finalized");

    post(TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 1, nonce))).then().statusCode(202);
  }

  private static void attest(BatchHeader header, Address member, ECKeyPair signer) {
    KafkaClients.send(
        "validium.attestations",
        header.number().toString(),
        Committee.attestation(header, member, signer));
  }

  private static BatchHeader header(JsonPath view) {
    return new BatchHeader(
        BatchNumber.parse(view.getString("batchNumber")),
        StateRoot.parse(view.getString("oldRoot")),
        StateRoot.parse(view.getString("newRoot")),
        BatchCommitment.parse(view.getString("batchCommitment")),
        L1OpsCommitment.parse(view.getString("l1OpsCommitment")));
  }

  private static BatchHeader otherRoot(BatchHeader h) {
    return new BatchHeader(
        h.number(), h.oldRoot(), StateRoot.of(Fr.of(7)), h.commitment(), h.l1OpsCommitment());
  }

  private static String proof(String batch, BatchHeader h) {
    return "{\"batchNumber\":"
        + batch
        + ",\"proof\":{},\"publicSignals\":[\""
        + h.oldRoot().value().toBigInteger()
        + "\",\""
        + h.newRoot().value().toBigInteger()
        + "\",\""
        + h.commitment().value().toBigInteger()
        + "\",\""
        + h.l1OpsCommitment().value().toBigInteger()
        + "\"]}";
  }

  /** The lifecycle-refusal counter from the Prometheus scrape. */
  private static double refused(String topic, String reason) {
    String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "validium_sequencer_lifecycle_refused_total\\{([^}]*)\\} ([0-9.eE+-]+)")
            .matcher(scrape);
    while (m.find()) {
      if (m.group(1).contains("reason=\"" + reason + "\"")
          && m.group(1).contains("topic=\"" + topic + "\"")) {
        return Double.parseDouble(m.group(2));
      }
    }
    return 0;
  }

  private static io.restassured.response.Response post(String body) {
    return given().contentType(ContentType.JSON).body(body).post("/v1/transactions");
  }

  private static JsonPath submit(String body) {
    return post(body).then().statusCode(202).extract().jsonPath();
  }

  private static JsonPath awaitPublished(String batch) {
    return Eventually.get(
        () -> given().get("/v1/batches/" + batch).jsonPath(),
        j -> Boolean.TRUE.equals(j.get("published")),
        "batch " + batch + " published");
  }

  private static void awaitStatus(String batch, String status) {
    Eventually.get(
        () -> given().get("/v1/batches/" + batch).jsonPath().getString("status"),
        status::equals,
        "batch " + batch + " " + status);
  }

  private static void awaitAttestations(String batch, int n) {
    Eventually.get(
        () -> given().get("/v1/batches/" + batch).jsonPath().getInt("attestations"),
        c -> c == n,
        n + " attestations of batch " + batch);
  }
}
