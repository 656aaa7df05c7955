package io.validium.cli.user;

import io.validium.cli.UserError;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --timeout SECONDS}, how long a waiting command waits: from 1 s to a day. */
final class Timeouts {
  private static final long MAX_SECONDS = 86_400;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "1800",
      description = "how long to wait at most (default 1800)")
  long seconds;

  Duration timeout() {
    if (seconds < 1 || seconds > MAX_SECONDS) {
      throw new UserError("--timeout " + seconds + " is not from 1 to " + MAX_SECONDS + " seconds");
    }
    return Duration.ofSeconds(seconds);
  }
}
