package io.validium.sequencer.rest;

import io.validium.core.merkle.MerkleProof;
import io.validium.core.state.Account;
import io.validium.core.types.AccountId;
import io.validium.core.types.BatchNumber;
import io.validium.sequencer.engine.Ledger;
import io.validium.sequencer.engine.SealedBatch;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.wire.TransactionDto;
import io.validium.sequencer.wire.TransactionJson;
import io.validium.sequencer.wire.WireError;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading the state: accounts with Merkle proofs, batches and their lifecycle, the roots. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "state")
public class StateResource {
  private final Sequencer sequencer;

  public StateResource(Sequencer sequencer) {
    this.sequencer = sequencer;
  }

  @GET
  @Path("/accounts/{id}")
  @Operation(
      summary = "An account's nonce and balances, with its Merkle proof against the current root")
  public Response account(@PathParam("id") String id) {
    AccountId account;
    try {
      account = AccountId.parse(id);
    } catch (IllegalArgumentException e) {
      return Problem.invalid(WireError.of(WireError.Kind.INVALID_FIELD, "id", e.getMessage()))
          .toResponse();
    }
    Optional<Views.Account> view = sequencer.read(l -> accountView(l, account));
    return view.map(v -> Response.ok(v).build())
        .orElseGet(
            () ->
                Problem.of(404, "UNKNOWN_ACCOUNT", "not found", "account " + account + " is empty")
                    .toResponse());
  }

  private static Optional<Views.Account> accountView(Ledger l, AccountId id) {
    Optional<Account> a = l.state().account(id);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    Account acc = a.get();
    MerkleProof proof = l.state().proof(id);
    List<Views.Balance> balances =
        acc.balances().tokensWithBalance().stream()
            .map(t -> new Views.Balance(t.toString(), acc.balance(t).toString()))
            .toList();
    return Optional.of(
        new Views.Account(
            id.toString(),
            new TransactionDto.PublicKeyDto(
                TransactionJson.hex(acc.publicKey().x()), TransactionJson.hex(acc.publicKey().y())),
            acc.nonce().toString(),
            balances,
            TransactionJson.hex(acc.balances().root()),
            TransactionJson.hex(acc.leaf()),
            l.state().root().toString(),
            proof.siblings().stream().map(TransactionJson::hex).toList()));
  }

  @GET
  @Path("/batches/{number}")
  @Operation(summary = "A batch: header fields once closed, and its lifecycle")
  public Response batch(@PathParam("number") String number) {
    BatchNumber n;
    try {
      n = BatchNumber.parse(number);
    } catch (IllegalArgumentException e) {
      return Problem.invalid(WireError.of(WireError.Kind.INVALID_FIELD, "number", e.getMessage()))
          .toResponse();
    }
    Optional<Views.Batch> view =
        sequencer.read(
            l -> {
              if (n.equals(l.openNumber())) {
                return Optional.of(
                    new Views.Batch(
                        n.toString(),
                        "open",
                        l.openSize(),
                        l.lastSealedRoot().toString(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
              }
              return l.batch(n).map(StateResource::batchView);
            });
    if (view.isPresent()) {
      return Response.ok(view.get()).build();
    }
    // Checked after the lookup: pruning only grows, so a batch pruned meanwhile still gets 410.
    if (sequencer.read(l -> l.isPruned(n))) {
      return Problem.of(
              410,
              "PRUNED_BATCH",
              "no longer kept",
              "batch "
                  + n
                  + " is final on L1 and no longer kept here: the sequencer keeps the last "
                  + sequencer.read(Ledger::retainedFinalBatches)
                  + " final batches")
          .toResponse();
    }
    return Problem.of(404, "UNKNOWN_BATCH", "not found", "batch " + n + " does not exist")
        .toResponse();
  }

  private static Views.Batch batchView(SealedBatch b) {
    return new Views.Batch(
        b.number().toString(),
        b.status().name().toLowerCase(Locale.ROOT),
        b.hashes().size(),
        b.header().oldRoot().toString(),
        b.header().newRoot().toString(),
        b.header().commitment().toString(),
        b.header().l1OpsCommitment().toString(),
        b.isPublished(),
        b.attestationCount(),
        b.failure(),
        b.history().stream()
            .map(
                t ->
                    new Views.Transition(
                        t.status().name().toLowerCase(Locale.ROOT), t.at().toString(), t.detail()))
            .toList(),
        b.hashes().stream().map(h -> h.hex()).toList());
  }

  @GET
  @Path("/roots")
  @Operation(summary = "The current root, the root of the last closed batch, and the final root")
  public Views.Roots roots() {
    return sequencer.read(
        l -> {
          Optional<SealedBatch> fin = l.lastFinalized();
          return new Views.Roots(
              l.state().root().toString(),
              l.lastSealedRoot().toString(),
              fin.map(b -> b.newRoot().toString()).orElse(null),
              fin.map(b -> b.number().toString()).orElse(null),
              l.openNumber().toString(),
              l.acceptedCount(),
              l.state().nextDepositIndex().toString());
        });
  }
}
