package io.validium.cli.user;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code validium batch status N}: a batch's stage and history at the sequencer. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = "Batches at the sequencer.",
    subcommands = BatchCommand.Status.class)
public final class BatchCommand {
  /** {@code batch status}: sequenced, available, proven, submitted, finalized (or failed). */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Show a batch's status, roots and history (exit 1 if unknown).")
  static final class Status extends UserCommand {
    @Parameters(paramLabel = "N", description = "the batch number")
    long number;

    @Mixin Endpoints endpoints;

    @Override
    public Integer call() {
      long n = Args.batchNumber(number);
      JsonNode b = endpoints.l2().batch(n).orElse(null);
      if (b == null) {
        return no("the sequencer knows no batch " + n);
      }
      out().println("batch " + n + " " + b.path("status").asText());
      out().println("transactions " + b.path("transactionCount").asText());
      out().println("attestations " + b.path("attestations").asText());
      out().println("old root " + b.path("oldRoot").asText());
      out().println("new root " + b.path("newRoot").asText());
      for (JsonNode h : b.path("history")) {
        out()
            .println(
                "  "
                    + h.path("status").asText()
                    + " at "
                    + h.path("at").asText()
                    + (h.path("detail").asText("").isEmpty()
                        ? ""
                        : " (" + h.path("detail").asText() + ")"));
      }
      return 0;
    }
  }
}
