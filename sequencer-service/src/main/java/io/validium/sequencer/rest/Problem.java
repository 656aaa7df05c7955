package io.validium.sequencer.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.validium.core.state.RejectReason;
import io.validium.sequencer.wire.WireError;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * An RFC 7807 problem. {@code reason} is machine-readable: a core {@link RejectReason}, a {@link
 * WireError.Kind}, or one of the sequencer's own (BUSY, STARTING, HALTED, NOT_FOUND, ...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String reason,
    String field,
    String txHash) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String reason, String title, String detail) {
    return new Problem(
        "urn:validium:problem:" + reason.toLowerCase(Locale.ROOT).replace('_', '-'),
        title,
        status,
        detail,
        reason,
        null,
        null);
  }

  /** The state transition function refused the transaction: 422. */
  public static Problem rejected(RejectReason reason, String txHash) {
    Problem p = of(422, reason.name(), "transaction rejected", reason.description());
    return p.withTxHash(txHash);
  }

  /** The input is not a transaction: 400, or 413 when it is too large. */
  public static Problem invalid(WireError e) {
    int status = e.kind() == WireError.Kind.TOO_LARGE ? 413 : 400;
    Problem p = of(status, e.kind().name(), "malformed input", e.detail());
    return new Problem(p.type, p.title, p.status, p.detail, p.reason, e.field(), null);
  }

  public Problem withTxHash(String hash) {
    return new Problem(type, title, status, detail, reason, field, hash);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
