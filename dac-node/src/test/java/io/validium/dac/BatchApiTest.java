package io.validium.dac;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.validium.core.batch.BatchHeader;
import io.validium.core.field.Fr;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import io.validium.da.committee.AttestationDigest;
import io.validium.da.committee.EcdsaSignatures;
import io.validium.dac.testing.Chain;
import io.validium.dac.testing.TempNode;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The REST ingestion path end to end, against the real embedded Infinispan file store: attestation,
 * redelivery, every refusal reason, and that a refusal leaves the node as it was.
 */
@QuarkusTest
@QuarkusTestResource(TempNode.class)
class BatchApiTest {
  static final Chain CHAIN = new Chain(7);
  static final HexFormat HEX = HexFormat.of();

  @Inject @Any InMemoryConnector connector;

  static Response offer(Chain.Offer o) {
    return offer(o.headerBytes(), o.dataBytes());
  }

  static Response offer(byte[] header, byte[] data) {
    return given()
        .header("Validium-Header", "0x" + HEX.formatHex(header))
        .contentType("application/octet-stream")
        .body(data)
        .post("/v1/batches");
  }

  /** Attests an honest batch with deposits into the given accounts and moves the chain. */
  static JsonPath attest(Chain.Offer o) {
    Response r = offer(o);
    r.then().statusCode(200);
    CHAIN.accept(o);
    return r.jsonPath();
  }

  static String status() {
    return given().get("/v1/status").then().statusCode(200).extract().asString();
  }

  @Test
  void attestsAnHonestBatchAndPublishesTheAttestation() {
    InMemorySink<String> sink = connector.sink("attestations-out");
    sink.clear();
    Chain.Offer o = CHAIN.next(CHAIN.deposits(100, 0, 1));

    JsonPath a = attest(o);

    assertThat(a.getLong("batchNumber")).isEqualTo(o.header().number().value());
    assertThat(a.getString("header")).isEqualTo("0x" + HEX.formatHex(o.headerBytes()));
    byte[] digest = new AttestationDigest(Chain.DOMAIN).digest(o.header());
    byte[] signature = HEX.parseHex(a.getString("signature").substring(2));
    assertThat(EcdsaSignatures.recover(digest, signature).orElseThrow().toString())
        .isEqualTo(a.getString("member"));
    assertThat(sink.received()).hasSize(1);
    JsonPath published = JsonPath.from(sink.received().get(0).getPayload());
    assertThat(published.getString("signature")).isEqualTo(a.getString("signature"));
    assertThat(published.getLong("batchNumber")).isEqualTo(o.header().number().value());
    io.validium.da.committee.AttestationRecord.Parsed parsed =
        io.validium.da.committee.AttestationRecord.parse(
            sink.received().get(0).getPayload().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(parsed.isOk()).isTrue();
    assertThat(parsed.attestation().header()).isEqualTo(o.header());
  }

  @Test
  void aRedeliveredBatchGetsTheSameSignatureAgain() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(5, 2));
    String first = attest(o).getString("signature");

    offer(o).then().statusCode(200).body("signature", equalTo(first));
  }

  @Test
  void refusesASecondHeaderForAnAttestedBatchNumber() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(5, 3));
    attest(o);
    BatchHeader h = o.header();
    BatchHeader other =
        new BatchHeader(
            h.number(), h.oldRoot(), StateRoot.of(Fr.of(77)), h.commitment(), h.l1OpsCommitment());

    assertRefused(o.withHeader(other), 409, "CONFLICTING_HEADER_ALREADY_SIGNED");
  }

  @Test
  void refusesABatchWhoseReExecutionDoesNotReachTheClaimedNewRoot() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(9, 4));
    BatchHeader h = o.header();
    assertRefused(
        o.withHeader(
            new BatchHeader(
                h.number(),
                h.oldRoot(),
                StateRoot.of(Fr.of(1)),
                h.commitment(),
                h.l1OpsCommitment())),
        422,
        "NEW_ROOT_MISMATCH");
  }

  @Test
  void refusesDataThatDoesNotHashToTheClaimedCommitment() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(9, 4));
    BatchHeader h = o.header();
    assertRefused(
        o.withHeader(
            new BatchHeader(
                h.number(),
                h.oldRoot(),
                h.newRoot(),
                BatchCommitment.of(Fr.of(3)),
                h.l1OpsCommitment())),
        422,
        "COMMITMENT_MISMATCH");
  }

  @Test
  void refusesAClaimedOldRootThatIsNotTheReplicas() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(9, 4));
    BatchHeader h = o.header();
    assertRefused(
        o.withHeader(
            new BatchHeader(
                h.number(),
                StateRoot.of(Fr.of(5)),
                h.newRoot(),
                h.commitment(),
                h.l1OpsCommitment())),
        409,
        "WRONG_OLD_ROOT");
  }

  @Test
  void refusesAWrongL1OperationsCommitment() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(9, 4));
    BatchHeader h = o.header();
    assertRefused(
        o.withHeader(
            new BatchHeader(
                h.number(),
                h.oldRoot(),
                h.newRoot(),
                h.commitment(),
                L1OpsCommitment.of(Fr.of(8)))),
        422,
        "L1_OPS_MISMATCH");
  }

  @Test
  void refusesABatchWithATransactionTheStateRejects() {
    attest(CHAIN.next(CHAIN.deposits(50, 5, 6)));
    Chain.Offer honest = CHAIN.next(CHAIN.transfer(5, 6, 1));
    io.validium.core.batch.BatchData bad =
        new io.validium.core.batch.BatchData(
            Chain.DOMAIN,
            honest.header().number(),
            List.of(CHAIN.transferWithNonce(5, 6, 1, CHAIN.nonce(5) + 3)));
    BatchHeader h = honest.header();
    Chain.Offer o =
        new Chain.Offer(
            new BatchHeader(
                h.number(), h.oldRoot(), h.newRoot(), bad.commitment(), h.l1OpsCommitment()),
            bad);

    Response r = offer(o);
    r.then().statusCode(422).body("reason", equalTo("INVALID_TRANSACTION"));
    assertThat(r.jsonPath().getString("detail")).contains("WRONG_NONCE");
  }

  @Test
  void refusesABatchNumberThatIsNotNextInSequence() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(9, 4));
    BatchHeader h = o.header();
    BatchHeader ahead =
        new BatchHeader(
            BatchNumber.of(h.number().value() + 5),
            h.oldRoot(),
            h.newRoot(),
            h.commitment(),
            h.l1OpsCommitment());
    io.validium.core.batch.BatchData data =
        new io.validium.core.batch.BatchData(Chain.DOMAIN, ahead.number(), o.data().transactions());
    assertRefused(new Chain.Offer(ahead, data), 409, "OUT_OF_SEQUENCE");
  }

  @Test
  void refusesAHeaderAndDataOfDifferentBatchNumbers() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(9, 4));
    io.validium.core.batch.BatchData later =
        new io.validium.core.batch.BatchData(
            Chain.DOMAIN, o.header().number().next(), o.data().transactions());
    assertRefused(new Chain.Offer(o.header(), later), 422, "NUMBER_MISMATCH");
  }

  @Test
  void refusesDataOfAnotherDeployment() {
    io.validium.core.tx.Domain other =
        new io.validium.core.tx.Domain(
            io.validium.core.types.ChainId.of(1), Chain.DOMAIN.validium());
    Chain.Offer o = CHAIN.next(List.of());
    io.validium.core.batch.BatchData foreign =
        new io.validium.core.batch.BatchData(other, o.header().number(), List.of());
    assertRefused(new Chain.Offer(o.header(), foreign), 422, "WRONG_DOMAIN");
  }

  @Test
  void refusesGarbageBodiesAndHeadersWithAProblemDocument() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(9, 4));
    byte[] data = o.dataBytes();
    byte[] truncated = java.util.Arrays.copyOf(data, data.length - 3);
    byte[] garbage = "{\"not\": \"a batch\"}".getBytes();

    assertGarbage(offer(o.headerBytes(), truncated), 400, "MALFORMED_DATA");
    assertGarbage(offer(o.headerBytes(), garbage), 400, "MALFORMED_DATA");
    assertGarbage(offer(o.headerBytes(), new byte[0]), 400, "MALFORMED_DATA");
    assertGarbage(
        offer(java.util.Arrays.copyOf(o.headerBytes(), 100), data), 400, "MALFORMED_HEADER");
    assertGarbage(offer(o.headerBytes(), new byte[200_001]), 413, "TOO_LARGE");
    assertGarbage(
        given().contentType("application/octet-stream").body(data).post("/v1/batches"),
        400,
        "MALFORMED_HEADER");
    assertGarbage(
        given()
            .header("Validium-Header", "0xnothex")
            .contentType("application/octet-stream")
            .body(data)
            .post("/v1/batches"),
        400,
        "MALFORMED_HEADER");
    byte[] nonCanonical = o.headerBytes();
    java.util.Arrays.fill(nonCanonical, 9, 41, (byte) 0xff);
    assertGarbage(offer(nonCanonical, data), 400, "MALFORMED_HEADER");
  }

  @Test
  void aRefusalIsPublishedWithItsReason() {
    InMemorySink<String> sink = connector.sink("refusals-out");
    sink.clear();
    Chain.Offer o = CHAIN.next(CHAIN.deposits(9, 4));
    BatchHeader h = o.header();
    offer(
            o.withHeader(
                new BatchHeader(
                    h.number(),
                    h.oldRoot(),
                    StateRoot.of(Fr.of(1)),
                    h.commitment(),
                    h.l1OpsCommitment())))
        .then()
        .statusCode(422);

    assertThat(sink.received()).hasSize(1);
    JsonPath refusal = JsonPath.from(sink.received().get(0).getPayload());
    assertThat(refusal.getString("reason")).isEqualTo("NEW_ROOT_MISMATCH");
    assertThat(refusal.getLong("batchNumber")).isEqualTo(h.number().value());
    assertThat(refusal.getString("member")).startsWith("0x");
  }

  private void assertRefused(Chain.Offer o, int status, String reason) {
    String before = status();
    offer(o)
        .then()
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .body("reason", equalTo(reason))
        .body("status", equalTo(status));
    assertUnchanged(before);
  }

  private void assertGarbage(Response r, int status, String reason) {
    String before = status();
    r.then()
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .body("reason", equalTo(reason));
    assertUnchanged(before);
  }

  private static void assertUnchanged(String before) {
    JsonPath b = JsonPath.from(before);
    JsonPath a = JsonPath.from(status());
    assertThat(a.getString("replicaRoot")).isEqualTo(b.getString("replicaRoot"));
    assertThat(a.getString("latestSigned")).isEqualTo(b.getString("latestSigned"));
    assertThat(a.getString("replicaRoot")).isEqualTo(CHAIN.state().root().toString());
  }
}
