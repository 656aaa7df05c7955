package io.validium.dac;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.dac.testing.Chain;
import io.validium.dac.testing.TempNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user or a peer reads from a member: batch data, account proofs, status, and problems. */
@QuarkusTest
@QuarkusTestResource(TempNode.class)
class ReadApiTest {
  private static final Chain CHAIN = BatchApiTest.CHAIN;

  @Test
  void servesStoredBatchDataByNumberAndByCommitment() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(3, 0));
    BatchApiTest.attest(o);

    byte[] byNumber =
        given()
            .get("/v1/batches/" + o.header().number())
            .then()
            .statusCode(200)
            .contentType("application/octet-stream")
            .extract()
            .asByteArray();
    byte[] byCommitment =
        given()
            .get("/v1/batches/by-commitment/" + o.header().commitment())
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();

    assertThat(byNumber).isEqualTo(o.dataBytes());
    assertThat(byCommitment).isEqualTo(o.dataBytes());
    given()
        .get("/v1/batches/" + o.header().number() + "/attestation")
        .then()
        .statusCode(200)
        .body("batchNumber", equalTo((int) o.header().number().value()));
  }

  @Test
  void servesAnAccountWithProofsThatVerifyAgainstTheAttestedRoots() {
    Chain.Offer o = CHAIN.next(CHAIN.deposits(1000, 7));
    BatchApiTest.attest(o);

    JsonPath a = given().get("/v1/accounts/7").then().statusCode(200).extract().jsonPath();

    assertThat(a.getBoolean("exists")).isTrue();
    assertThat(a.getString("stateRoot")).isEqualTo(o.header().newRoot().toString());
    Fr leaf = fr(a.getString("leaf"));
    assertThat(proof(a, "proof").verifies(fr(a.getString("stateRoot")), leaf)).isTrue();
    List<Object> balances = a.getList("balances");
    assertThat(balances).isNotEmpty();
    Fr amount = Fr.fromBigInteger(new java.math.BigInteger(a.getString("balances[0].amount")));
    assertThat(proof(a, "balances[0].proof").verifies(fr(a.getString("balanceRoot")), amount))
        .isTrue();
  }

  @Test
  void servesAnAccountAsOfAnEarlierBatch() {
    Chain.Offer first = CHAIN.next(CHAIN.deposits(40, 6));
    BatchApiTest.attest(first);
    String before =
        given()
            .get("/v1/accounts/6")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("balances[0].amount");
    BatchApiTest.attest(CHAIN.next(CHAIN.deposits(2, 6)));

    JsonPath then =
        given()
            .queryParam("batch", first.header().number().toString())
            .get("/v1/accounts/6")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath now = given().get("/v1/accounts/6").then().statusCode(200).extract().jsonPath();

    assertThat(then.getString("balances[0].amount")).isEqualTo(before);
    assertThat(then.getString("stateRoot")).isEqualTo(first.header().newRoot().toString());
    assertThat(new java.math.BigInteger(now.getString("balances[0].amount")))
        .isEqualTo(new java.math.BigInteger(before).add(java.math.BigInteger.TWO));
  }

  @Test
  void anEmptySlotHasAProofOfTheZeroLeaf() {
    BatchApiTest.attest(CHAIN.next(CHAIN.deposits(1, 1)));
    JsonPath a = given().get("/v1/accounts/123456").then().statusCode(200).extract().jsonPath();
    assertThat(a.getBoolean("exists")).isFalse();
    assertThat(proof(a, "proof").verifies(fr(a.getString("stateRoot")), Fr.ZERO)).isTrue();
  }

  @Test
  void answersBadParametersAndUnknownThingsWithProblems() {
    problem("/v1/batches/abc", 400, "BAD_PARAMETER");
    problem("/v1/batches/-1", 400, "BAD_PARAMETER");
    problem("/v1/batches/" + "9".repeat(100), 400, "BAD_PARAMETER");
    problem("/v1/batches/by-commitment/0xzz", 400, "BAD_PARAMETER");
    problem("/v1/batches/by-commitment/0x" + "f".repeat(64), 400, "BAD_PARAMETER");
    problem("/v1/accounts/16777216", 400, "BAD_PARAMETER");
    problem("/v1/accounts/1?batch=x", 400, "BAD_PARAMETER");
    problem("/v1/batches/999999999", 404, "NOT_FOUND");
    problem("/v1/batches/999999999/attestation", 404, "NOT_FOUND");
    problem("/v1/accounts/1?batch=999999999", 404, "NOT_FOUND");
    problem("/v1/nothing-here", 404, "HTTP_404");
  }

  @Test
  void statusNamesTheMemberAndItsProgress() {
    BatchApiTest.attest(CHAIN.next(CHAIN.deposits(1, 2)));
    JsonPath s = given().get("/v1/status").then().statusCode(200).extract().jsonPath();
    assertThat(s.getString("member")).startsWith("0x");
    assertThat(s.getLong("latestSigned")).isGreaterThanOrEqualTo(0);
    assertThat(s.getLong("latestStored")).isEqualTo(s.getLong("latestSigned"));
    assertThat(s.getString("replicaRoot")).isEqualTo(CHAIN.state().root().toString());
  }

  @Test
  void publishesOpenApiHealthAndMetrics() {
    given()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("/v1/batches"));
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    BatchApiTest.attest(CHAIN.next(CHAIN.deposits(1, 3)));
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains(
            "dac_store_latency",
            "dac_sign_latency",
            "dac_lag",
            "dac_recovery_seconds",
            "dac_recovery_batches");
  }

  private static void problem(String path, int status, String reason) {
    given()
        .get(path)
        .then()
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .body("reason", equalTo(reason));
  }

  private static MerkleProof proof(JsonPath a, String at) {
    List<String> siblings = a.getList(at + ".siblings");
    return new MerkleProof(
        a.getLong(at + ".index"), siblings.stream().map(ReadApiTest::fr).toList());
  }

  private static Fr fr(String hex) {
    return io.validium.core.types.StateRoot.parse(hex).value();
  }
}
