package io.validium.zk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pinned snarkjs (zk/src/test/snarkjs) with node. A test that needs it is skipped only
 * when node itself is missing; if the packages are not installed yet, {@code install.sh} runs once
 * per checkout ({@code npm ci} into the git-ignored node_modules), and a failure there fails the
 * test rather than skipping it.
 */
public final class Snarkjs {

  private static final Path HOME = Path.of("src/test/snarkjs").toAbsolutePath();
  private static final Path CLI = HOME.resolve("node_modules/snarkjs/cli.js");
  private static final long TIMEOUT_SECONDS = 600;

  private Snarkjs() {}

  /** The outcome of one command. */
  public record Result(int exitCode, String output) {

    /** Whether the command exited with 0. */
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  /** Skips the calling test unless node runs; installs snarkjs if needed. */
  public static synchronized void require() {
    assumeTrue(
        nodeVersion() != null, "node is not installed; the snarkjs compatibility tests need it");
    if (!Files.exists(CLI)) {
      Result install = run(HOME, List.of("bash", HOME.resolve("install.sh").toString()));
      if (!install.succeeded() || !Files.exists(CLI)) {
        throw new IllegalStateException("npm ci for snarkjs failed:\n" + install.output());
      }
    }
  }

  /** Runs {@code snarkjs args...} in {@code dir}. */
  public static Result snarkjs(Path dir, String... args) {
    require();
    List<String> command = new ArrayList<>(List.of("node", CLI.toString()));
    command.addAll(List.of(args));
    return run(dir, command);
  }

  /** Runs {@code snarkjs args...} and fails unless it succeeds. */
  public static String check(Path dir, String... args) {
    Result r = snarkjs(dir, args);
    if (!r.succeeded()) {
      throw new AssertionError("snarkjs " + String.join(" ", args) + " failed:\n" + r.output());
    }
    return r.output();
  }

  private static String nodeVersion() {
    try {
      Result r = run(HOME, List.of("node", "--version"));
      return r.succeeded() ? r.output().trim() : null;
    } catch (IllegalStateException e) {
      return null;
    }
  }

  private static Result run(Path dir, List<String> command) {
    try {
      Process p =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
