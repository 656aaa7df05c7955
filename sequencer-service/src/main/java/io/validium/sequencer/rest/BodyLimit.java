package io.validium.sequencer.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.validium.sequencer.config.SequencerConfig;
import io.validium.sequencer.wire.WireError;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a submission whose declared length is over the bound before its body is read, with the
 * same problem JSON (413 {@code TOO_LARGE}) as a body found too large after reading. It runs ahead
 * of the HTTP layer's own upload limit ({@code quarkus.http.limits.max-body-size}), which would
 * answer a bare 413 and close the connection; only a chunked body (no declared length) beyond that
 * limit still gets the bare one.
 */
@ApplicationScoped
public class BodyLimit {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SequencerConfig config;

  public BodyLimit(SequencerConfig config) {
    this.config = config;
  }

  void install(@Observes Router router) {
    router
        .post("/v1/transactions")
        .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
        .handler(c -> check(c, config.limits().maxTransactionJsonBytes(), "a transaction"));
    router
        .post("/v1/transactions/bulk")
        .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
        .handler(
            c ->
                check(
                    c,
                    (long) config.limits().maxBulkTransactions()
                        * config.limits().maxTransactionJsonBytes(),
                    "a bulk body"));
  }

  private static void check(RoutingContext c, long limit, String what) {
    String declared = c.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    long length;
    try {
      length = declared == null ? -1 : Long.parseLong(declared.trim());
    } catch (NumberFormatException e) {
      length = -1;
    }
    if (c.request().method() != HttpMethod.POST || length <= limit) {
      c.next();
      return;
    }
    Problem p =
        Problem.invalid(
            WireError.of(WireError.Kind.TOO_LARGE, null, what + " is at most " + limit + " bytes"));
    String body;
    try {
      body = JSON.writeValueAsString(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem must serialise", e);
    }
    // Answer at once and discard the body as it arrives, so that a client that writes all of it
    // before reading still gets the answer; one sending far more than it declared is cut off.
    long cap = length;
    long[] discarded = {0};
    c.request()
        .handler(
            b -> {
              discarded[0] += b.length();
              if (discarded[0] > cap) {
                c.request().connection().close();
              }
            });
    c.request().resume();
    c.response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(body);
  }
}
