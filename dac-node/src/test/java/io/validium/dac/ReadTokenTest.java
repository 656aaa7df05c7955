package io.validium.dac;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.validium.dac.testing.TempNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An operator who sets a read token: reads need it, ingestion and the platform endpoints do not.
 */
@QuarkusTest
@TestProfile(ReadTokenTest.WithToken.class)
@QuarkusTestResource(TempNode.class)
class ReadTokenTest {

  /** Turns the read token on. */
  public static class WithToken implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("dac.api.read-token", "s3cret-token");
    }
  }

  @Test
  void readsWithoutTheTokenAreUnauthorized() {
    given()
        .get("/v1/status")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"))
        .body("reason", equalTo("UNAUTHORIZED"));
    given().header("Authorization", "Bearer wrong").get("/v1/batches/0").then().statusCode(401);
    given().header("Authorization", "s3cret-token").get("/v1/status").then().statusCode(401);
  }

  @Test
  void readsWithTheTokenAreAnswered() {
    given().header("Authorization", "Bearer s3cret-token").get("/v1/status").then().statusCode(200);
  }

  @Test
  void ingestionHealthAndMetricsStayOpen() {
    given()
        .contentType("application/octet-stream")
        .body(new byte[] {1, 2, 3})
        .post("/v1/batches")
        .then()
        .statusCode(400)
        .body("reason", equalTo("MALFORMED_HEADER"));
    given().get("/q/health/ready").then().statusCode(200);
  }
}
