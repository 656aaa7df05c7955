package io.validium.dac.rest;

import io.validium.dac.app.DacConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * When {@code dac.api.read-token} is set, the read API ({@code GET /v1/...}) needs {@code
 * Authorization: Bearer <token>}. Health, metrics and OpenAPI stay open for the platform.
 */
public class ReadTokenFilter {
  private final Optional<byte[]> token;

  public ReadTokenFilter(DacConfig config) {
    this.token = config.api().readToken().map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  @ServerRequestFilter
  public Optional<Response> check(ContainerRequestContext ctx) {
    if (token.isEmpty()
        || !"GET".equals(ctx.getMethod())
        || !ctx.getUriInfo().getPath().startsWith("/v1/")) {
      return Optional.empty();
    }
    String auth = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
    byte[] offered =
        auth != null && auth.startsWith("Bearer ")
            ? auth.substring(7).getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    if (MessageDigest.isEqual(offered, token.get())) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.response(401, "UNAUTHORIZED", "Unauthorized", "this node needs a read token"));
  }
}
