package io.validium.sequencer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.validium.sequencer.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

/** What operators and client authors read: health, metrics and the OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class OperationsTest {

  @Test
  void reportsReadyOnceTheLogIsReplayed() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'sequencer' }.data.state", equalTo("ACCEPTING"));
    given().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void exportsTheLedgerGaugesAndLogCommitTimesForPrometheus() {
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("validium_sequencer_accepted"))
        .body(containsString("validium_sequencer_unfinalized_batches"))
        .body(containsString("validium_sequencer_indexed_transactions"))
        .body(containsString("validium_sequencer_log_commit_seconds_count"))
        .body(containsString("validium_sequencer_log_commit_seconds_max"))
        .body(containsString("validium_sequencer_log_queued_seconds_count"))
        .body(containsString("validium_sequencer_log_group_records_count"))
        .body(containsString("validium_sequencer_recovery_seconds"))
        .body(containsString("validium_sequencer_recovery_records"));
  }

  @Test
  void documentsEveryEndpointInOpenApi() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/v1/transactions/bulk"))
        .body(containsString("/v1/accounts/{id}"))
        .body(containsString("/v1/batches/{number}"))
        .body(containsString("/v1/roots"));
  }
}
