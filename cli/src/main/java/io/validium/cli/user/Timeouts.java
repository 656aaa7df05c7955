package io.validium.cli.user;

import io.validium.cli.UserError;
import java.time.Duration;

/** {@code --timeout SECONDS}: from 1 s to a day. */
final class Timeouts {
  private static final long MAX_SECONDS = 86_400;

  private Timeouts() {}

  static Duration of(long seconds) {
    if (seconds < 1 || seconds > MAX_SECONDS) {
      throw new UserError("--timeout " + seconds + " is not from 1 to " + MAX_SECONDS + " seconds");
    }
    return Duration.ofSeconds(seconds);
  }
}
