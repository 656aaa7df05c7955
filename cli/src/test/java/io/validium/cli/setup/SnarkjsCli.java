package io.validium.cli.setup;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pinned snarkjs of zk's tests (zk/src/test/snarkjs), run from this module: zk's own helper
 * resolves that folder against the working directory, which here is cli/. Skips when node is
 * missing; installs the package once per checkout otherwise, and fails if that fails.
 */
final class SnarkjsCli {
  private static final Path HOME =
      Path.of(System.getProperty("validium.repo.root", ".."))
          .toAbsolutePath()
          .normalize()
          .resolve("zk/src/test/snarkjs");
  private static final Path CLI = HOME.resolve("node_modules/snarkjs/cli.js");

  private SnarkjsCli() {}

  record Result(int exitCode, String output) {}

  static synchronized void require() {
    assumeTrue(run(HOME, List.of("node", "--version")).exitCode() == 0, "node is not installed");
    if (!Files.exists(CLI)) {
      Result install = run(HOME, List.of("bash", HOME.resolve("install.sh").toString()));
      if (install.exitCode() != 0 || !Files.exists(CLI)) {
        throw new IllegalStateException("npm ci for snarkjs failed:\n" + install.output());
      }
    }
  }

  static Result snarkjs(Path dir, String... args) {
    require();
    List<String> command = new ArrayList<>(List.of("node", CLI.toString()));
    command.addAll(List.of(args));
    return run(dir, command);
  }

  private static Result run(Path dir, List<String> command) {
    try {
      Process p =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(600, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Result(-1, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
