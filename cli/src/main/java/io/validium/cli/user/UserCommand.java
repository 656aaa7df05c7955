package io.validium.cli.user;

import io.validium.cli.UserError;
import io.validium.cli.client.ClientException;
import io.validium.cli.client.L2Api;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the user commands share: their output streams and a bounded wait. */
abstract class UserCommand implements Callable<Integer> {
  /** Exit code of a negative answer (refused, not final yet, already done). */
  static final int NO = 1;

  private static final int BUSY_RETRIES = 30;

  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints the sentence on stderr and answers {@link #NO}. */
  int no(String sentence) {
    spec.commandLine().getErr().println(sentence);
    return NO;
  }

  /**
   * Submits a signed transaction, retrying while the sequencer is busy or starting; a refusal (the
   * state transition's reason) is printed and answers empty.
   */
  Optional<L2Api.Answer> submit(L2Api l2, String json) {
    L2Api.Answer a = l2.submit(json);
    for (int tries = 0; a.status() == 503 && tries < BUSY_RETRIES; tries++) {
      sleep(Duration.ofSeconds(1));
      a = l2.submit(json);
    }
    if (a.accepted()) {
      return Optional.of(a);
    }
    if (a.status() == 422) {
      spec.commandLine().getErr().println("refused by the sequencer: " + a.problem());
      return Optional.empty();
    }
    throw new ClientException("the sequencer did not take the transaction: " + a.problem());
  }

  /** The account's current nonce at the sequencer; a missing account means no deposit yet. */
  static io.validium.core.types.Nonce nonce(L2Api l2, io.validium.core.types.AccountId id) {
    var account =
        l2.account(id)
            .orElseThrow(
                () ->
                    new UserError(
                        "account "
                            + id.value()
                            + " does not exist on L2 yet; deposit to it first"));
    String n = account.path("nonce").asText("");
    if (!n.matches("0|[1-9][0-9]{0,9}")) {
      throw new ClientException(
          "the sequencer answered account " + id.value() + " without a nonce");
    }
    return io.validium.core.types.Nonce.of(Long.parseLong(n));
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientException("interrupted", e);
    }
  }

  /** Polls {@code probe} every second until it answers, or fails after {@code timeout}. */
  static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> v = probe.get();
      if (v.isPresent()) {
        return v.get();
      }
      if (System.nanoTime() > deadline) {
        throw new ClientException(what + " did not happen within " + timeout.toSeconds() + " s");
      }
      sleep(Duration.ofSeconds(1));
    }
  }
}
