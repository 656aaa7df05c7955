package io.validium.sequencer.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.validium.sequencer.app.Intake;
import io.validium.sequencer.config.SequencerConfig;
import io.validium.sequencer.engine.Admission;
import io.validium.sequencer.engine.Ledger;
import io.validium.sequencer.engine.Position;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.engine.Submission;
import io.validium.sequencer.engine.TxHash;
import io.validium.sequencer.wire.Parsed;
import io.validium.sequencer.wire.WireError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Submitting signed transactions and reading their receipts. */
@Path("/v1/transactions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "transactions")
public class TransactionResource {
  private final Intake intake;
  private final Sequencer sequencer;
  private final SequencerConfig config;

  public TransactionResource(Intake intake, Sequencer sequencer, SequencerConfig config) {
    this.intake = intake;
    this.sequencer = sequencer;
    this.config = config;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Blocking
  @Operation(
      summary = "Submit one signed transfer or withdrawal",
      description =
          "202 once the transaction is applied and durable; 200 when the same signed transaction"
              + " was accepted before; 422 with the core reject reason; 400/413 for malformed"
              + " input; 503 with Retry-After under backpressure.")
  public CompletionStage<Response> submit(byte[] body) {
    return answer(intake.submit(body));
  }

  @POST
  @Path("/bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @Blocking
  @Operation(
      summary = "Submit many signed transactions in order",
      description =
          "A JSON array; each item is decided in order as if submitted alone. The answer (200)"
              + " comes once every accepted item is durable.")
  public CompletionStage<Response> bulk(byte[] body) {
    int maxItems = config.limits().maxBulkTransactions();
    long maxBytes = (long) maxItems * config.limits().maxTransactionJsonBytes();
    if (body != null && body.length > maxBytes) {
      return done(
          Problem.invalid(
                  WireError.of(
                      WireError.Kind.TOO_LARGE,
                      null,
                      "a bulk body is at most " + maxBytes + " bytes"))
              .toResponse());
    }
    Parsed<JsonNode> tree =
        intake.json().tree(body == null ? "" : new String(body, StandardCharsets.UTF_8));
    if (!tree.isOk()) {
      return done(Problem.invalid(tree.error()).toResponse());
    }
    if (!tree.value().isArray()) {
      return done(
          Problem.invalid(
                  WireError.of(WireError.Kind.WRONG_SHAPE, null, "a bulk body is a JSON array"))
              .toResponse());
    }
    if (tree.value().size() > maxItems) {
      return done(
          Problem.invalid(
                  WireError.of(
                      WireError.Kind.TOO_LARGE, null, "at most " + maxItems + " transactions"))
              .toResponse());
    }
    List<JsonNode> nodes = new ArrayList<>(tree.value().size());
    tree.value().forEach(nodes::add);
    List<CompletableFuture<Views.BulkItem>> items = new ArrayList<>();
    int i = 0;
    // Decided in order, each as soon as its chunk is prepared.
    for (CompletableFuture<Intake.Prepared> p : intake.prepareAllNodes(nodes)) {
      items.add(bulkItem(i++, intake.submit(p.join())));
    }
    return CompletableFuture.allOf(items.toArray(CompletableFuture[]::new))
        .thenApply(
            v -> {
              List<Views.BulkItem> results = items.stream().map(CompletableFuture::join).toList();
              int accepted = 0;
              int duplicates = 0;
              for (Views.BulkItem r : results) {
                accepted += r.status().equals("accepted") ? 1 : 0;
                duplicates += r.status().equals("duplicate") ? 1 : 0;
              }
              return Response.ok(
                      new Views.BulkResult(
                          accepted, duplicates, results.size() - accepted - duplicates, results))
                  .build();
            });
  }

  @GET
  @Path("/{hash}")
  @Operation(summary = "A transaction's receipt: its position and its batch's lifecycle")
  public Response receipt(@PathParam("hash") String hash) {
    var parsed = TxHash.parse(hash);
    if (parsed.isEmpty()) {
      return Problem.invalid(
              WireError.of(
                  WireError.Kind.INVALID_FIELD,
                  "hash",
                  "a transaction hash is 0x and 64 lowercase hex digits"))
          .toResponse();
    }
    TxHash h = parsed.get();
    Views.Receipt receipt =
        sequencer.read(
            ledger ->
                ledger
                    .position(h)
                    .map(
                        p -> {
                          String status =
                              ledger
                                  .statusOf(p.batch())
                                  .map(s -> s.name().toLowerCase(Locale.ROOT))
                                  .orElse("accepted");
                          return new Views.Receipt(
                              h.hex(),
                              status,
                              sequencer.isDurable(h),
                              p.sequence(),
                              p.batch().toString(),
                              p.indexInBatch(),
                              intake.json().toDto(ledger.transaction(h).orElseThrow()),
                              ledger.paid(h).map(Object::toString).orElse(null));
                        })
                    .orElse(null));
    if (receipt == null) {
      return Problem.of(
              404,
              "UNKNOWN_TRANSACTION",
              "not found",
              "no accepted transaction "
                  + h
                  + " in the batches kept here (the open one, those not final, and the last "
                  + sequencer.read(Ledger::retainedFinalBatches)
                  + " final ones)")
          .toResponse();
    }
    return Response.ok(receipt).build();
  }

  private CompletionStage<Response> answer(Intake.Result result) {
    if (result instanceof Intake.Result.Invalid inv) {
      return done(Problem.invalid(inv.error()).toResponse());
    }
    Submission s = ((Intake.Result.Submitted) result).submission();
    if (s instanceof Submission.Refused r) {
      return done(refused(r));
    }
    Submission.Decided d = (Submission.Decided) s;
    if (d.admission() instanceof Admission.Rejected rej) {
      return done(Problem.rejected(rej.reason(), rej.hash().hex()).toResponse());
    }
    return d.durable()
        .handle(
            (ok, err) -> {
              if (err != null) {
                return halted(err);
              }
              if (d.admission() instanceof Admission.Accepted a) {
                return Response.accepted(view(a.hash(), "accepted", a.position()))
                    .header("Location", "/v1/transactions/" + a.hash().hex())
                    .build();
              }
              Admission.Duplicate dup = (Admission.Duplicate) d.admission();
              return Response.ok(view(dup.hash(), "duplicate", dup.position()))
                  .header("Location", "/v1/transactions/" + dup.hash().hex())
                  .build();
            });
  }

  private CompletableFuture<Views.BulkItem> bulkItem(int index, Intake.Result result) {
    if (result instanceof Intake.Result.Invalid inv) {
      return CompletableFuture.completedFuture(
          new Views.BulkItem(
              index, "invalid", null, null, null, null, Problem.invalid(inv.error())));
    }
    Submission s = ((Intake.Result.Submitted) result).submission();
    if (s instanceof Submission.Refused r) {
      return CompletableFuture.completedFuture(
          new Views.BulkItem(index, "refused", null, null, null, null, refusedProblem(r)));
    }
    Submission.Decided d = (Submission.Decided) s;
    Admission a = d.admission();
    if (a instanceof Admission.Rejected rej) {
      Problem p = Problem.rejected(rej.reason(), rej.hash().hex());
      return CompletableFuture.completedFuture(
          new Views.BulkItem(index, "rejected", rej.hash().hex(), null, null, null, p));
    }
    TxHash hash =
        a instanceof Admission.Accepted acc ? acc.hash() : ((Admission.Duplicate) a).hash();
    Position pos =
        a instanceof Admission.Accepted acc ? acc.position() : ((Admission.Duplicate) a).position();
    String status = a instanceof Admission.Accepted ? "accepted" : "duplicate";
    return d.durable()
        .handle(
            (ok, err) ->
                err != null
                    ? new Views.BulkItem(
                        index, "refused", hash.hex(), null, null, null, haltedProblem(err))
                    : new Views.BulkItem(
                        index,
                        status,
                        hash.hex(),
                        pos.sequence(),
                        pos.batch().toString(),
                        pos.indexInBatch(),
                        null));
  }

  private static Views.Accepted view(TxHash hash, String status, Position p) {
    return new Views.Accepted(
        hash.hex(), status, p.sequence(), p.batch().toString(), p.indexInBatch());
  }

  private Response refused(Submission.Refused r) {
    Problem p = refusedProblem(r);
    return Response.status(503)
        .type(Problem.MEDIA_TYPE)
        .header("Retry-After", retryAfterSeconds())
        .entity(p)
        .build();
  }

  private static Problem refusedProblem(Submission.Refused r) {
    return Problem.of(503, r.refusal().name(), "not accepting transactions now", r.detail());
  }

  private Response halted(Throwable err) {
    return Response.status(503)
        .type(Problem.MEDIA_TYPE)
        .header("Retry-After", retryAfterSeconds())
        .entity(haltedProblem(err))
        .build();
  }

  private static Problem haltedProblem(Throwable err) {
    return Problem.of(
        503,
        Submission.Refusal.HALTED.name(),
        "the transaction could not be made durable",
        "the log failed, nothing was acknowledged; resubmit after the restart: " + err);
  }

  private long retryAfterSeconds() {
    return Math.max(1, (config.backpressure().retryAfter().toMillis() + 999) / 1000);
  }

  private static CompletionStage<Response> done(Response r) {
    return CompletableFuture.completedFuture(r);
  }
}
