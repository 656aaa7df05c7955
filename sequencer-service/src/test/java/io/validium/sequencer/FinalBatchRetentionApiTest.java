package io.validium.sequencer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.validium.core.tx.Deposit;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import io.validium.sequencer.engine.TxHash;
import io.validium.sequencer.testing.Accounts;
import io.validium.sequencer.testing.Eventually;
import io.validium.sequencer.testing.KafkaClients;
import io.validium.sequencer.testing.KafkaTestResource;
import io.validium.sequencer.testing.TestChain;
import org.junit.jupiter.api.Test;

/** What clients see of a batch, and its transactions, once it is final and no longer kept. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class FinalBatchRetentionApiTest {
  // The test profile keeps 8 final batches of 4 transactions.
  private static final int RETAINED = 8;
  private static final int BATCH = 4;

  @Test
  void answers410ForAForgottenBatchAnd404ForItsTransfersButStillShowsItsDeposits() {
    finalizeEverythingClosed();
    AccountId a = TestChain.newAccountId();
    Deposit deposit = Accounts.deposit(a, TokenId.ETH, Amount.of(1_000));
    AccountId b = Accounts.open(TokenId.ETH, Amount.of(0));
    JsonPath first = submit(TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 1, 0)));
    String batch = first.getString("batchNumber");
    String depositBatch =
        given()
            .get("/v1/transactions/" + TxHash.of(deposit).hex())
            .jsonPath()
            .getString("batchNumber");
    // Enough transfers to close more than the retention of batches after that one.
    for (int nonce = 1; nonce <= (RETAINED + 2) * BATCH; nonce++) {
      submit(TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 1, nonce)));
    }
    String highest = finalizeEverythingClosed();
    assertThat(Long.parseLong(highest) - Long.parseLong(batch)).isGreaterThan(RETAINED);
    Eventually.get(
        () -> given().get("/v1/batches/" + batch).statusCode(),
        s -> s == 410,
        "batch " + batch + " pruned");

    given()
        .get("/v1/batches/" + batch)
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("reason", equalTo("PRUNED_BATCH"))
        .body("detail", containsString("keeps the last " + RETAINED + " final batches"));
    given()
        .get("/v1/transactions/" + first.getString("txHash"))
        .then()
        .statusCode(404)
        .body("reason", equalTo("UNKNOWN_TRANSACTION"))
        .body("detail", containsString("the last " + RETAINED + " final ones"));
    given()
        .get("/v1/transactions/" + TxHash.of(deposit).hex())
        .then()
        .statusCode(200)
        .body("status", equalTo("finalized"))
        .body("batchNumber", equalTo(depositBatch))
        .body("transaction.type", equalTo("deposit"));
    given()
        .get("/v1/batches/" + highest)
        .then()
        .statusCode(200)
        .body("status", equalTo("finalized"));
    // The pruned transfer cannot come back: its nonce is spent.
    given()
        .contentType(ContentType.JSON)
        .body(TestChain.json(TestChain.transfer(a, b, TokenId.ETH, 1, 0)))
        .post("/v1/transactions")
        .then()
        .statusCode(422)
        .body("reason", equalTo("WRONG_NONCE"));
  }

  /** Finalizes the highest closed batch, so that earlier tests' batches do not hit the bound. */
  private static String finalizeEverythingClosed() {
    long open = Long.parseLong(given().get("/v1/roots").jsonPath().getString("openBatch"));
    String highest = Long.toString(open - 1);
    if (open > 0) {
      KafkaClients.send(
          "validium.l1.events",
          highest,
          "{\"type\":\"batchFinalized\",\"batchNumber\":\"" + highest + "\"}");
      Eventually.get(
          () -> given().get("/v1/roots").jsonPath().getString("finalBatch"),
          highest::equals,
          "batch " + highest + " final");
    }
    return highest;
  }

  private static JsonPath submit(String body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/v1/transactions")
        .then()
        .statusCode(202)
        .extract()
        .jsonPath();
  }
}
