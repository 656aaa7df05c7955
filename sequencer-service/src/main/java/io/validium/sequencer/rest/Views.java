package io.validium.sequencer.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.validium.sequencer.wire.TransactionDto;
import java.util.List;

/** The JSON bodies the API answers with; wire types, mapped from the ledger at the edge. */
public final class Views {
  private Views() {}

  /** A submission's answer: where the transaction sits. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Accepted(
      String txHash, String status, long sequence, String batchNumber, int indexInBatch) {}

  /** One item of a bulk answer: {@code accepted}, {@code duplicate}, or a problem. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BulkItem(
      int index,
      String status,
      String txHash,
      Long sequence,
      String batchNumber,
      Integer indexInBatch,
      Problem problem) {}

  public record BulkResult(int accepted, int duplicates, int failed, List<BulkItem> results) {}

  /**
   * A transaction's receipt: its position and how far its batch has come; for a forced withdrawal
   * also what it paid, {@code min(amount, balance)}, which only execution knows (protocol.md 17.3).
   */
  public record Receipt(
      String txHash,
      String status,
      boolean durable,
      long sequence,
      String batchNumber,
      int indexInBatch,
      TransactionDto transaction,
      @JsonInclude(JsonInclude.Include.NON_NULL) String paid) {}

  public record Balance(String tokenId, String amount) {}

  /** An account with its leaf and Merkle proof against {@code root}. */
  public record Account(
      String accountId,
      TransactionDto.PublicKeyDto publicKey,
      String nonce,
      List<Balance> balances,
      String balanceRoot,
      String leaf,
      String root,
      List<String> proof) {}

  public record Transition(String status, String at, String detail) {}

  /** A batch: its header fields once closed, and its lifecycle. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Batch(
      String batchNumber,
      String status,
      int transactionCount,
      String oldRoot,
      String newRoot,
      String batchCommitment,
      String l1OpsCommitment,
      Boolean published,
      Integer attestations,
      String failure,
      List<Transition> history,
      List<String> transactions) {}

  /** The chain's roots: with every accepted transaction, as of the last closed batch, final. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Roots(
      String currentRoot,
      String sequencedRoot,
      String finalRoot,
      String finalBatch,
      String openBatch,
      long acceptedTransactions,
      String nextDepositIndex) {}
}
