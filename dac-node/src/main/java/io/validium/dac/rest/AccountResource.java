package io.validium.dac.rest;

import io.smallrye.common.annotation.Blocking;
import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.types.AccountId;
import io.validium.dac.node.AccountView;
import io.validium.dac.node.MemberNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's balances and Merkle proofs at a batch: what a user needs to exit on L1. */
@Path("/v1/accounts")
@Tag(name = "accounts")
@Blocking
public class AccountResource {
  private final MemberNode node;

  public AccountResource(MemberNode node) {
    this.node = node;
  }

  /** A Merkle path, siblings from the leaf level upwards. */
  public record ProofJson(long index, List<String> siblings) {}

  /** One token's balance with its path to the balance root. */
  public record BalanceJson(int token, String amount, ProofJson proof) {}

  /** The account slot at a batch; {@code exists} is false for an empty slot (leaf 0). */
  public record AccountJson(
      long account,
      long batch,
      String stateRoot,
      boolean exists,
      String publicKeyX,
      String publicKeyY,
      Long nonce,
      String balanceRoot,
      String leaf,
      List<BalanceJson> balances,
      ProofJson proof) {}

  @GET
  @Path("/{id}")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(
      summary = "Balances and Merkle proof of an account at a batch (default: latest signed)")
  public Response account(@PathParam("id") String id, @QueryParam("batch") String batch) {
    AccountId account = Params.accountId(id);
    return node.account(account, Params.optionalBatchNumber(batch, "batch"))
        .map(v -> Response.ok(json(v)).build())
        .orElseGet(
            () ->
                BatchResource.notFound(
                    "batch "
                        + (batch == null ? "latest" : batch)
                        + " is not attested by this member"));
  }

  private static AccountJson json(AccountView v) {
    ProofJson proof = proof(v.accountProof());
    if (v.account().isEmpty()) {
      return new AccountJson(
          v.id().value(),
          v.batch().value(),
          v.root().toString(),
          false,
          null,
          null,
          null,
          null,
          Fr.ZERO.toHexString(),
          List.of(),
          proof);
    }
    var a = v.account().get();
    List<BalanceJson> balances =
        v.balanceProofs().entrySet().stream()
            .map(
                e ->
                    new BalanceJson(
                        e.getKey().value(), a.balance(e.getKey()).toString(), proof(e.getValue())))
            .toList();
    return new AccountJson(
        v.id().value(),
        v.batch().value(),
        v.root().toString(),
        true,
        a.publicKey().x().toHexString(),
        a.publicKey().y().toHexString(),
        a.nonce().value(),
        a.balances().root().toHexString(),
        a.leaf().toHexString(),
        balances,
        proof);
  }

  private static ProofJson proof(MerkleProof p) {
    return new ProofJson(p.index(), p.siblings().stream().map(Fr::toHexString).toList());
  }
}
