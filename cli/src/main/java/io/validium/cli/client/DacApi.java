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

/** A DAC member's read API (protocol.md 11.4), as a user who needs an exit proof calls it. */
public final class DacApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An account answer is two Merkle paths and 16 balances at most: far below this. */
  private static final int MAX_BODY_CHARS = 256 * 1024;

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public DacApi(URI base) {
    this.base = base;
  }

  public URI base() {
    return base;
  }

  /**
   * The account's leaf, balances and proofs against the root after {@code batch}; empty when the
   * member has not attested that batch.
   */
  public Optional<JsonNode> account(AccountId id, long batch) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/v1/accounts/" + id.value() + "?batch=" + batch))
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 404) {
        return Optional.empty();
      }
      if (r.body().length() > MAX_BODY_CHARS) {
        throw new ClientException("the DAC member at " + base + " answered an oversized account");
      }
      if (r.statusCode() != 200) {
        throw new ClientException(
            "the DAC member at " + base + " answered " + r.statusCode() + ": " + r.body());
      }
      return Optional.of(JSON.readTree(r.body()));
    } catch (IOException e) {
      throw new ClientException(
          "the DAC member at " + base + " does not answer (" + Net.why(e) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientException("interrupted", e);
    }
  }
}
