package io.validium.dac.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 7807 problem document; {@code reason} is the machine-readable cause (an {@code
 * IngestRefusal} name or a REST-level one such as {@code BAD_PATH_PARAMETER}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String reason) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(int status, String reason, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            new Problem("urn:validium:dac:" + reason.toLowerCase(), title, status, detail, reason))
        .build();
  }
}
