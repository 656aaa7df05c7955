package io.validium.cli.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.cli.UserError;
import io.validium.cli.client.ClientException;
import io.validium.cli.client.L1Api;
import io.validium.cli.client.L2Api;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Claims a withdrawal on L1: finds its batch and its index among the batch's withdrawals at the
 * sequencer, checks the batch is final and the withdrawal claimable, and calls {@code claim}.
 */
final class Claims {
  private final L2Api l2;
  private final L1Api l1;
  private final PrintWriter out;
  private final ToIntFunction<String> no;

  Claims(L2Api l2, L1Api l1, PrintWriter out, ToIntFunction<String> no) {
    this.l2 = l2;
    this.l1 = l1;
    this.out = out;
    this.no = no;
  }

  int claim(String txHash, Credentials payer, Optional<Duration> wait) {
    JsonNode tx =
        l2.transaction(txHash)
            .orElseThrow(() -> new UserError("the sequencer knows no transaction " + txHash));
    JsonNode w = tx.path("transaction");
    String type = w.path("type").asText("?");
    if (!isWithdrawal(type)) {
      throw new UserError(
          "transaction " + txHash + " is a " + type + ", not a withdrawal or forced withdrawal");
    }
    String batchText = tx.path("batchNumber").asText("");
    if (!batchText.matches("0|[1-9][0-9]{0,17}")) {
      return no.applyAsInt("withdrawal " + txHash + " is in no batch yet; try again later");
    }
    long batch = Long.parseLong(batchText);
    Address recipient = Address.parse(w.path("recipient").asText());
    TokenId token = TokenId.parse(w.path("tokenId").asText());
    Amount amount;
    if ("forcedWithdrawal".equals(type)) {
      // L1 makes claimable what the request paid, min(amount, balance), not what it asked for.
      if (!tx.hasNonNull("paid")) {
        throw new ClientException("the sequencer's receipt of " + txHash + " has no paid amount");
      }
      amount = Amount.parse(tx.path("paid").asText());
      if (amount.isZero()) {
        return no.applyAsInt(
            "forced withdrawal "
                + txHash
                + " paid 0: the account held none of token "
                + token.value()
                + ", so there is nothing to claim");
      }
    } else {
      amount = Amount.parse(w.path("amount").asText());
    }
    if (wait.isPresent()) {
      out.println("waiting until batch " + batch + " is final on L1");
      out.flush();
      UserCommand.await(
          "batch " + batch + " final on L1",
          wait.get(),
          () -> l1.nextBatchNumber() > batch ? Optional.of(true) : Optional.empty());
    } else if (l1.nextBatchNumber() <= batch) {
      return no.applyAsInt(
          "batch "
              + batch
              + " of the withdrawal is not final on L1 yet; try again later or add --wait");
    }
    int index = withdrawalIndex(batch, txHash);
    int state = l1.withdrawalState(batch, index, recipient, token, amount);
    if (state == 2) {
      return no.applyAsInt("withdrawal " + txHash + " was already claimed");
    }
    if (state != 1) {
      throw new ClientException(
          "L1 holds no claimable withdrawal " + index + " of batch " + batch + " for " + txHash);
    }
    TransactionReceipt r = l1.claim(payer, batch, index, recipient, token, amount);
    out.println(
        "claimed "
            + amount
            + (token.equals(TokenId.ETH) ? " wei (" + Args.ether(amount.toBigInteger()) + ")" : "")
            + " of token "
            + token.value()
            + " to "
            + recipient
            + " in transaction "
            + r.getTransactionHash());
    return 0;
  }

  /** Both kinds emit into the batch's withdrawal chain W (protocol 8.3, 17.3). */
  private static boolean isWithdrawal(String type) {
    return "withdrawal".equals(type) || "forcedWithdrawal".equals(type);
  }

  /** The withdrawal's position among the withdrawals of its batch, which L1 numbers 0, 1, ... */
  private int withdrawalIndex(long batch, String txHash) {
    JsonNode b =
        l2.batch(batch)
            .orElseThrow(() -> new ClientException("the sequencer knows no batch " + batch));
    int index = 0;
    for (JsonNode h : b.path("transactions")) {
      if (h.asText().equalsIgnoreCase(txHash)) {
        return index;
      }
      JsonNode t = l2.transaction(h.asText()).orElse(null);
      if (t != null && isWithdrawal(t.path("transaction").path("type").asText())) {
        index++;
      }
    }
    throw new ClientException("batch " + batch + " at the sequencer does not list " + txHash);
  }
}
