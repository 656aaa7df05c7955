package io.validium.cli.devnet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What must be there before anything starts; each failure is one sentence with the fix. */
final class Prerequisites {
  /** Kafka's log, anvil's state, three DAC stores, keys and logs: a few hundred MB; keep margin. */
  static final long MIN_FREE_BYTES = 2L * 1024 * 1024 * 1024;

  private Prerequisites() {}

  static void check(DevnetOptions o) {
    command("node", "Node.js 20 or newer is required (node not found on PATH); install it first");
    command("npm", "npm is required (it comes with Node.js) and was not found on PATH");
    if (!Files.isRegularFile(o.repoRoot().resolve("tools/evm/install.sh"))) {
      throw new DevnetException(
          o.repoRoot() + " is not a validium checkout (no tools/evm/install.sh)");
    }
    Path existing = o.runDir();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null) {
      try {
        long free = Files.getFileStore(existing).getUsableSpace();
        if (free < MIN_FREE_BYTES) {
          throw new DevnetException(
              "only "
                  + free / (1024 * 1024)
                  + " MB are free under "
                  + existing
                  + "; the devnet needs at least "
                  + MIN_FREE_BYTES / (1024 * 1024)
                  + " MB");
        }
      } catch (IOException e) {
        throw new DevnetException("cannot tell the free disk space under " + existing, e);
      }
    }
  }

  /** Fails if something already listens on 127.0.0.1:{@code port}. */
  static void portFree(String what, int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(false);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new DevnetException(
          "port " + port + " for " + what + " is taken by another process; free it or retry");
    }
  }

  private static void command(String name, String missing) {
    try {
      Process p =
          new ProcessBuilder(name, "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new DevnetException(name + " --version did not answer within 30 s");
      }
      if (p.exitValue() != 0) {
        throw new DevnetException(missing);
      }
    } catch (IOException e) {
      throw new DevnetException(missing);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevnetException("interrupted", e);
    }
  }
}
