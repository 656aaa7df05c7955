package io.validium.sequencer.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something the system does asynchronously; a deadline, not a timing assertion. */
public final class Eventually {
  private Eventually() {}

  public static <T> T get(Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    T last = null;
    while (System.nanoTime() < deadline) {
      last = probe.get();
      if (done.test(last)) {
        return last;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
  }
}
