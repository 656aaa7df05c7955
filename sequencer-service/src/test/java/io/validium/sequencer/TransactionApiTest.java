package io.validium.sequencer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.validium.core.tx.Domain;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.ChainId;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import io.validium.sequencer.testing.Accounts;
import io.validium.sequencer.testing.KafkaTestResource;
import io.validium.sequencer.testing.TestChain;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class TransactionApiTest {
  private static final TokenId ETH = TokenId.ETH;
  private AccountId alice;
  private AccountId bob;

  @BeforeEach
  void openAccounts() {
    alice = Accounts.open(ETH, Amount.of(1_000));
    bob = Accounts.open(ETH, Amount.of(10));
  }

  @Test
  void acceptsASignedTransferAppliesItAndReportsItsPosition() {
    Transfer t = TestChain.transfer(alice, bob, ETH, 300, 0);

    JsonPath accepted =
        submit(TestChain.json(t))
            .then()
            .statusCode(202)
            .header("Location", startsWith("/v1/transactions/0x"))
            .body("status", equalTo("accepted"))
            .extract()
            .jsonPath();

    assertThat(Accounts.balance(alice, ETH)).isEqualTo("700");
    assertThat(Accounts.balance(bob, ETH)).isEqualTo("310");
    assertThat(Accounts.get(alice).getString("nonce")).isEqualTo("1");
    String hash = accepted.getString("txHash");
    JsonPath receipt =
        given().get("/v1/transactions/" + hash).then().statusCode(200).extract().jsonPath();
    assertThat(receipt.getLong("sequence")).isEqualTo(accepted.getLong("sequence"));
    assertThat(receipt.getBoolean("durable")).isTrue();
    assertThat(receipt.getString("transaction.amount")).isEqualTo("300");
    assertThat(receipt.getString("batchNumber")).isEqualTo(accepted.getString("batchNumber"));
  }

  @Test
  void treatsTheSameSignedTransferSubmittedTwiceAsOneTransaction() {
    String body = TestChain.json(TestChain.transfer(alice, bob, ETH, 5, 0));

    JsonPath first = submit(body).then().statusCode(202).extract().jsonPath();
    JsonPath second =
        submit(body)
            .then()
            .statusCode(200)
            .body("status", equalTo("duplicate"))
            .extract()
            .jsonPath();

    assertThat(second.getString("txHash")).isEqualTo(first.getString("txHash"));
    assertThat(second.getLong("sequence")).isEqualTo(first.getLong("sequence"));
    assertThat(Accounts.balance(alice, ETH)).isEqualTo("995");
    assertThat(Accounts.get(alice).getString("nonce")).isEqualTo("1");
  }

  @Test
  void rejectsATransferForAnotherDeployment() {
    Domain other =
        new Domain(ChainId.of(1), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
    Transfer t =
        TestChain.transfer(other, alice, bob, ETH, Amount.of(1), Nonce.ZERO, TestChain.key(alice));
    expectRejected(t, "WRONG_DOMAIN");
  }

  @Test
  void rejectsATokenWithoutABalanceSlot() {
    expectRejected(TestChain.transfer(alice, bob, TokenId.of(16), 1, 0), "UNKNOWN_TOKEN");
  }

  @Test
  void rejectsATransferToAnEmptyAccount() {
    AccountId nobody = TestChain.newAccountId();
    expectRejected(TestChain.transfer(alice, nobody, ETH, 1, 0), "UNKNOWN_ACCOUNT");
  }

  @Test
  void rejectsATransferToItself() {
    expectRejected(TestChain.transfer(alice, alice, ETH, 1, 0), "SELF_TRANSFER");
  }

  @Test
  void rejectsAReusedNonce() {
    submit(TestChain.json(TestChain.transfer(alice, bob, ETH, 1, 0))).then().statusCode(202);
    expectRejected(TestChain.transfer(alice, bob, ETH, 2, 0), "WRONG_NONCE");
    assertThat(Accounts.get(alice).getString("nonce")).isEqualTo("1");
  }

  @Test
  void rejectsASignatureByAnotherKey() {
    Transfer t =
        TestChain.transfer(
            TestChain.DOMAIN, alice, bob, ETH, Amount.of(1), Nonce.ZERO, TestChain.key(bob));
    expectRejected(t, "BAD_SIGNATURE");
  }

  @Test
  void rejectsMoreThanTheBalance() {
    expectRejected(TestChain.transfer(alice, bob, ETH, 1_001, 0), "INSUFFICIENT_BALANCE");
    assertThat(Accounts.balance(alice, ETH)).isEqualTo("1000");
  }

  @Test
  void rejectsACreditBeyondTheLargestAmount() {
    AccountId whale = Accounts.open(ETH, Amount.MAX);
    expectRejected(TestChain.transfer(alice, whale, ETH, 1, 0), "BALANCE_OVERFLOW");
  }

  @Test
  void answersProblemJsonForMalformedBodies() {
    String good = TestChain.json(TestChain.transfer(alice, bob, ETH, 1, 0));
    expectInvalid("{not json", 400, "MALFORMED_JSON", null);
    expectInvalid("", 400, "MALFORMED_JSON", null);
    expectInvalid("[1,2]", 400, "WRONG_SHAPE", null);
    expectInvalid(good.replace("\"amount\":\"1\",", ""), 400, "MISSING_FIELD", "amount");
    expectInvalid(good.replace("\"amount\":\"1\"", "\"amount\":1"), 400, "INVALID_FIELD", "amount");
    expectInvalid(
        good.replace("\"amount\":\"1\"", "\"amount\":\"79228162514264337593543950336\""),
        400,
        "INVALID_FIELD",
        "amount");
    expectInvalid(
        good.replace("\"amount\":\"1\"", "\"amount\":\"01\""), 400, "INVALID_FIELD", "amount");
    expectInvalid(
        good.replace("{\"type\"", "{\"memo\":\"x\",\"type\""), 400, "UNKNOWN_FIELD", "memo");
    expectInvalid(
        good.replace("\"amount\":\"1\"", "\"amount\":\"1\",\"amount\":\"2\""),
        400,
        "MALFORMED_JSON",
        null);
    expectInvalid(good.replace("\"transfer\"", "\"mint\""), 400, "UNSUPPORTED_TYPE", "type");
    expectInvalid(
        good.replace("\"from\":\"" + alice + "\"", "\"from\":\"16777216\""),
        400,
        "INVALID_FIELD",
        "from");
    String sig = good.replaceAll("\"s\":\"0x[0-9a-f]{64}\"", "\"s\":\"0x" + "f".repeat(64) + "\"");
    expectInvalid(sig, 400, "INVALID_FIELD", "signature.s");
    expectInvalid(
        "{\"type\":\"transfer\",\"pad\":\"" + "x".repeat(5000) + "\"}", 413, "TOO_LARGE", null);
    String deposit = TestChain.json(TestChain.nextDepositPreview(alice));
    expectInvalid(deposit, 400, "UNSUPPORTED_TYPE", "type");
    given()
        .contentType(ContentType.JSON)
        .body(new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'})
        .post("/v1/transactions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("reason", equalTo("MALFORMED_JSON"));
    given()
        .contentType(ContentType.TEXT)
        .body(good)
        .post("/v1/transactions")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void decidesEachItemOfABulkSubmissionInOrder() {
    String t0 = TestChain.json(TestChain.transfer(alice, bob, ETH, 10, 0));
    String t1 = TestChain.json(TestChain.transfer(alice, bob, ETH, 20, 1));
    String replay = TestChain.json(TestChain.transfer(alice, bob, ETH, 30, 1));
    String body = "[" + t0 + "," + t1 + "," + t0 + "," + replay + ",{\"type\":\"mint\"}]";

    JsonPath r = submitBulk(body).then().statusCode(200).extract().jsonPath();

    assertThat(r.getList("results.status"))
        .containsExactly("accepted", "accepted", "duplicate", "rejected", "invalid");
    assertThat(r.getString("results[3].problem.reason")).isEqualTo("WRONG_NONCE");
    assertThat(r.getString("results[4].problem.reason")).isEqualTo("UNSUPPORTED_TYPE");
    assertThat(r.getInt("accepted")).isEqualTo(2);
    assertThat(Accounts.balance(alice, ETH)).isEqualTo("970");
    assertThat(Accounts.get(alice).getString("nonce")).isEqualTo("2");
  }

  @Test
  void answersProblemJsonForBodiesBeyondTheHttpLayersOwnLimit() {
    // 9 MB, over quarkus.http.limits.max-body-size (8M), on both endpoints.
    byte[] huge = new byte[9 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    for (String path : List.of("/v1/transactions", "/v1/transactions/bulk")) {
      given()
          .contentType(ContentType.JSON)
          .body(huge)
          .post(path)
          .then()
          .statusCode(413)
          .contentType("application/problem+json")
          .body("reason", equalTo("TOO_LARGE"))
          .body("type", equalTo("urn:validium:problem:too-large"))
          .body("status", equalTo(413));
    }
    // The connection pool still works afterwards.
    given().get("/v1/roots").then().statusCode(200);
  }

  @Test
  void refusesBulkBodiesThatAreNotABoundedArray() {
    submitBulk("{}").then().statusCode(400).body("reason", equalTo("WRONG_SHAPE"));
    submitBulk("[").then().statusCode(400).body("reason", equalTo("MALFORMED_JSON"));
    String many = "[" + "{},".repeat(1000) + "{}]";
    submitBulk(many).then().statusCode(413).body("reason", equalTo("TOO_LARGE"));
  }

  @Test
  void answersProblemJsonForUnknownAndMalformedLookups() {
    given()
        .get("/v1/transactions/0x" + "ab".repeat(32))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("reason", equalTo("UNKNOWN_TRANSACTION"));
    given()
        .get("/v1/transactions/0xAB")
        .then()
        .statusCode(400)
        .body("reason", equalTo("INVALID_FIELD"));
    given()
        .get("/v1/accounts/" + TestChain.newAccountId())
        .then()
        .statusCode(404)
        .body("reason", equalTo("UNKNOWN_ACCOUNT"));
    given().get("/v1/accounts/-1").then().statusCode(400).body("reason", equalTo("INVALID_FIELD"));
    given().get("/v1/accounts/16777216").then().statusCode(400);
    given().get("/v1/batches/x").then().statusCode(400).body("reason", equalTo("INVALID_FIELD"));
    given()
        .get("/v1/batches/9223372036854775806")
        .then()
        .statusCode(404)
        .body("reason", equalTo("UNKNOWN_BATCH"));
    given().get("/v1/nothing").then().statusCode(404).contentType("application/problem+json");
  }

  private static io.restassured.response.Response submit(String body) {
    return given().contentType(ContentType.JSON).body(body).post("/v1/transactions");
  }

  private static io.restassured.response.Response submitBulk(String body) {
    return given().contentType(ContentType.JSON).body(body).post("/v1/transactions/bulk");
  }

  private static void expectRejected(Transfer t, String reason) {
    submit(TestChain.json(t))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("reason", equalTo(reason))
        .body("type", equalTo("urn:validium:problem:" + reason.toLowerCase().replace('_', '-')))
        .body("txHash", startsWith("0x"));
  }

  private static void expectInvalid(String body, int status, String reason, String field) {
    var then =
        submit(body)
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("status", equalTo(status))
            .body("reason", equalTo(reason));
    if (field != null) {
      then.body("field", equalTo(field));
    }
  }
}
