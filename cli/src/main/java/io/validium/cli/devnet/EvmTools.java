package io.validium.cli.devnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** anvil and solc from {@code tools/evm}, installed by its own script on first use. */
final class EvmTools {
  private EvmTools() {}

  /** Runs {@code tools/evm/install.sh} (a no-op when installed) and returns anvil's binary. */
  static Path installAnvil(Path repo, Path log) {
    Path script = repo.resolve("tools/evm/install.sh");
    try {
      Files.createDirectories(log.getParent());
      Process p =
          new ProcessBuilder(List.of("bash", script.toString()))
              .directory(script.getParent().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      p.getOutputStream().close();
      if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new DevnetException(
            "installing anvil and solc with tools/evm/install.sh failed (npm registry reachable?);"
                + " see "
                + log);
      }
    } catch (IOException e) {
      throw new DevnetException("cannot run tools/evm/install.sh: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevnetException("interrupted while installing anvil", e);
    }
    Path scope = repo.resolve("tools/evm/node_modules/@foundry-rs");
    try (Stream<Path> packages = Files.list(scope)) {
      return packages
          .filter(d -> d.getFileName().toString().startsWith("anvil-"))
          .map(d -> d.resolve("bin/anvil"))
          .filter(Files::isExecutable)
          .findFirst()
          .orElseThrow(
              () -> new DevnetException("the anvil npm package has no binary for this platform"));
    } catch (IOException e) {
      throw new DevnetException("anvil is not installed under " + scope, e);
    }
  }
}
