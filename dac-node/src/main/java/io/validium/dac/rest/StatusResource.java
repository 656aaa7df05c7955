package io.validium.dac.rest;

import io.validium.core.types.BatchNumber;
import io.validium.dac.node.MemberNode;
import io.validium.dac.node.NodeStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The node's progress: latest batch stored, latest signed, latest seen, and the lag. */
@Path("/v1/status")
@Tag(name = "status")
public class StatusResource {
  private final MemberNode node;

  public StatusResource(MemberNode node) {
    this.node = node;
  }

  /** Numbers are null until the first batch. */
  public record StatusJson(
      String member,
      long chainId,
      String validium,
      Long latestStored,
      Long latestSigned,
      Long latestSeen,
      long lag,
      String replicaRoot) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Latest batch stored and signed, lag, and the replica's state root")
  public StatusJson status() {
    NodeStatus s = node.status();
    return new StatusJson(
        s.member().toString(),
        node.domain().chainId().value(),
        node.domain().validium().toString(),
        s.latestStored().map(BatchNumber::value).orElse(null),
        s.latestSigned().map(BatchNumber::value).orElse(null),
        s.latestSeen().map(BatchNumber::value).orElse(null),
        s.lag(),
        s.replicaRoot().toString());
  }
}
