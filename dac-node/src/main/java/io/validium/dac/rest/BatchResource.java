package io.validium.dac.rest;

import io.smallrye.common.annotation.Blocking;
import io.validium.core.codec.BatchCodec;
import io.validium.dac.kafka.AttestationPublisher;
import io.validium.dac.node.IngestRefusal;
import io.validium.dac.node.IngestResult;
import io.validium.dac.node.MemberNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Batch ingestion (the sequencer's alternative to Kafka) and batch data for anyone who may read.
 */
@Path("/v1/batches")
@Tag(name = "batches")
@Blocking
public class BatchResource {
  /** The HTTP header that carries the batch header, as {@code 0x} and hex of its 137 bytes. */
  public static final String HEADER = "Validium-Header";

  private static final Logger LOG = Logger.getLogger(BatchResource.class);

  private final MemberNode node;
  private final AttestationPublisher publisher;

  public BatchResource(MemberNode node, AttestationPublisher publisher) {
    this.node = node;
    this.publisher = publisher;
  }

  @POST
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "Offer a batch (8.1 binary body, 8.4 header in Validium-Header): attest or refuse")
  public Response offer(@HeaderParam(HEADER) String header, byte[] body) {
    byte[] headerBytes = Wire.parseHex(header, BatchCodec.HEADER_BYTES);
    IngestResult r =
        node.ingest(
            headerBytes == null ? new byte[0] : headerBytes, body == null ? new byte[0] : body);
    publishQuietly(r);
    if (headerBytes == null) {
      return Problem.response(
          400,
          IngestRefusal.MALFORMED_HEADER.name(),
          "Batch refused",
          HEADER
              + " must be 0x and the hex of a "
              + BatchCodec.HEADER_BYTES
              + "-byte batch header");
    }
    if (r.isAttested()) {
      return Response.ok(Wire.attestation(r.attestation())).build();
    }
    return Problem.response(status(r.refusal()), r.refusal().name(), "Batch refused", r.detail());
  }

  private void publishQuietly(IngestResult r) {
    // The outcome is already durable; a broker that is down must not turn it into an error here.
    try {
      publisher
          .publish(r, node.member())
          .exceptionally(
              t -> {
                LOG.warnf("could not publish the outcome of a REST batch: %s", t.getMessage());
                return null;
              });
    } catch (RuntimeException e) {
      LOG.warnf("could not publish the outcome of a REST batch: %s", e.getMessage());
    }
  }

  static int status(IngestRefusal r) {
    return switch (r) {
      case TOO_LARGE -> 413;
      case MALFORMED_HEADER, MALFORMED_DATA -> 400;
      case OUT_OF_SEQUENCE, WRONG_OLD_ROOT, CONFLICTING_HEADER_ALREADY_SIGNED -> 409;
      case WRONG_DOMAIN,
          NUMBER_MISMATCH,
          COMMITMENT_MISMATCH,
          INVALID_TRANSACTION,
          NEW_ROOT_MISMATCH,
          L1_OPS_MISMATCH ->
          422;
    };
  }

  @GET
  @Path("/{number}")
  @Produces({MediaType.APPLICATION_OCTET_STREAM, Problem.MEDIA_TYPE})
  @Operation(summary = "The 8.1 binary data of a stored batch, by number")
  public Response byNumber(@PathParam("number") String number) {
    return node.batchData(Params.batchNumber(number, "number"))
        .map(b -> Response.ok(b, MediaType.APPLICATION_OCTET_STREAM).build())
        .orElseGet(() -> notFound("no batch " + number + " is stored"));
  }

  @GET
  @Path("/by-commitment/{commitment}")
  @Produces({MediaType.APPLICATION_OCTET_STREAM, Problem.MEDIA_TYPE})
  @Operation(summary = "The 8.1 binary data of a stored batch, by its Poseidon commitment")
  public Response byCommitment(@PathParam("commitment") String commitment) {
    return node.batchData(Params.commitment(commitment))
        .map(b -> Response.ok(b, MediaType.APPLICATION_OCTET_STREAM).build())
        .orElseGet(() -> notFound("no batch with commitment " + commitment + " is stored"));
  }

  @GET
  @Path("/{number}/attestation")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(summary = "This member's attestation of a batch")
  public Response attestation(@PathParam("number") String number) {
    return node.attestation(Params.batchNumber(number, "number"))
        .map(a -> Response.ok(Wire.attestation(a)).build())
        .orElseGet(() -> notFound("batch " + number + " is not attested by this member"));
  }

  static Response notFound(String detail) {
    return Problem.response(404, "NOT_FOUND", "Not found", detail);
  }
}
