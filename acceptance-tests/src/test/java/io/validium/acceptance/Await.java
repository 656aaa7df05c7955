package io.validium.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.cli.devnet.Devnet;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls the devnet until something happens, failing early if one of its processes died. */
final class Await {
  static final Duration PATIENCE = Duration.ofMinutes(10);

  private Await() {}

  static <T> T until(Devnet devnet, String what, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<T> v = probe.get();
      if (v.isPresent()) {
        return v.get();
      }
      assertThat(devnet.died()).as("a devnet process died").isNotDone();
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
    throw new AssertionError(what + " did not happen within " + PATIENCE.toMinutes() + " minutes");
  }
}
