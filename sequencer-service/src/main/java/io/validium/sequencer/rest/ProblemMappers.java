package io.validium.sequencer.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error the framework raises leaves as problem JSON too. */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return Problem.of(404, "NOT_FOUND", "not found", "no such resource").toResponse();
  }

  @ServerExceptionMapper
  public Response notAllowed(NotAllowedException e) {
    return Problem.of(405, "METHOD_NOT_ALLOWED", "method not allowed", e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response unsupported(NotSupportedException e) {
    return Problem.of(
            415, "UNSUPPORTED_MEDIA_TYPE", "unsupported media type", "send application/json")
        .toResponse();
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    return Problem.of(status, "HTTP_" + status, "request failed", e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    LOG.log(Level.SEVERE, "unexpected error", e);
    return Problem.of(500, "INTERNAL", "internal error", "the sequencer failed; see its log")
        .toResponse();
  }
}
