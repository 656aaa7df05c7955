package io.validium.cli.user;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code validium tx status HASH}: where a transaction is, as the sequencer tells it. */
@Command(
    name = "tx",
    mixinStandardHelpOptions = true,
    description = "Transactions at the sequencer.",
    subcommands = TxCommand.Status.class)
public final class TxCommand {
  /** {@code tx status}: accepted, then its batch's status; exit 1 when unknown. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description =
          "Show a transaction's status and batch (exit 1 if the sequencer does not know it).")
  static final class Status extends UserCommand {
    @Parameters(paramLabel = "HASH", description = "the transaction hash (0x and 64 hex digits)")
    String hash;

    @Mixin Endpoints endpoints;

    @Override
    public Integer call() {
      String h = Args.txHash(hash);
      JsonNode t = endpoints.l2().transaction(h).orElse(null);
      if (t == null) {
        return no("the sequencer knows no transaction " + h);
      }
      out().println("transaction " + h);
      out().println("type " + t.path("transaction").path("type").asText("?"));
      out().println("status " + t.path("status").asText());
      out().println("durable " + t.path("durable").asBoolean());
      if (t.hasNonNull("paid")) {
        out().println("paid " + t.path("paid").asText());
      }
      if (t.hasNonNull("batchNumber")) {
        out()
            .println(
                "batch "
                    + t.path("batchNumber").asText()
                    + " index "
                    + t.path("indexInBatch").asText());
      }
      return 0;
    }
  }
}
