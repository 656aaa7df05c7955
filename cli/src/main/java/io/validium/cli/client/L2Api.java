package io.validium.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.types.AccountId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The sequencer's REST API (docs/protocol.md 12.2), as a user's client calls it. */
public final class L2Api {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public L2Api(URI base) {
    this.base = base;
  }

  /** An answer: the HTTP status and the JSON body (a receipt or a problem). */
  public record Answer(int status, JsonNode body) {
    public boolean accepted() {
      return status == 202 || status == 200;
    }

    public String txHash() {
      return body.path("txHash").asText();
    }

    /** The RFC 7807 problem's reason and detail, for a refusal. */
    public String problem() {
      String reason = body.path("reason").asText("");
      String detail = body.path("detail").asText("");
      if (reason.isEmpty() && detail.isEmpty()) {
        return "HTTP " + status;
      }
      return reason.isEmpty() ? detail : detail.isEmpty() ? reason : reason + ": " + detail;
    }
  }

  /** Submits one transaction's JSON. */
  public Answer submit(String transactionJson) {
    return send(
        HttpRequest.newBuilder(base.resolve("/v1/transactions"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(transactionJson))
            .build());
  }

  public Optional<JsonNode> account(AccountId id) {
    return found(get("/v1/accounts/" + id.value()));
  }

  public Optional<JsonNode> batch(long number) {
    return found(get("/v1/batches/" + number));
  }

  public Optional<JsonNode> transaction(String txHash) {
    return found(get("/v1/transactions/" + txHash));
  }

  public URI base() {
    return base;
  }

  public JsonNode roots() {
    Answer a = get("/v1/roots");
    if (a.status != 200) {
      throw new ClientException("GET /v1/roots answered " + a.status + ": " + a.body);
    }
    return a.body;
  }

  private static Optional<JsonNode> found(Answer a) {
    if (a.status == 404) {
      return Optional.empty();
    }
    if (a.status != 200) {
      throw new ClientException("the sequencer answered " + a.status + ": " + a.body);
    }
    return Optional.of(a.body);
  }

  private Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
      return new Answer(r.statusCode(), body);
    } catch (IOException e) {
      throw new ClientException(
          "the sequencer at " + base + " does not answer (" + Net.why(e) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientException("interrupted", e);
    }
  }
}
