package io.validium.zk.testing.evm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pinned solc and anvil of {@code tools/evm}, installed on first use by its {@code install.sh}
 * ({@code npm ci} into the git-ignored node_modules). A test that needs them is skipped only when
 * node itself is missing; a failed install fails the test.
 */
public final class EvmToolchain {

  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
  private static EvmToolchain installed;

  private final Path home;

  private EvmToolchain(Path home) {
    this.home = home;
  }

  /** The installed toolchain; skips the calling test if node is not on the PATH. */
  public static synchronized EvmToolchain require() {
    if (installed == null) {
      assumeTrue(nodeRuns(), "node is not installed; the EVM tests need Node.js 20 or newer");
      Path home = repositoryRoot().resolve("tools/evm");
      ProcessRunner.Result install =
          ProcessRunner.run(
              home, List.of("bash", home.resolve("install.sh").toString()), "", INSTALL_TIMEOUT);
      if (!install.succeeded()) {
        throw new IllegalStateException(
            "tools/evm/install.sh failed:\n" + install.stdout() + install.stderr());
      }
      installed = new EvmToolchain(home);
    }
    return installed;
  }

  /** tools/evm. */
  public Path home() {
    return home;
  }

  /** solc-js's command-line entry point, run with node. */
  public Path solcJs() {
    return home.resolve("node_modules/solc/solc.js");
  }

  /**
   * The anvil binary of this platform's package. It is started directly rather than through the npm
   * wrapper script, so that stopping the process stops the node itself.
   */
  public Path anvil() {
    Path scope = home.resolve("node_modules/@foundry-rs");
    try (Stream<Path> packages = Files.list(scope)) {
      return packages
          .filter(p -> p.getFileName().toString().startsWith("anvil-"))
          .map(p -> p.resolve("bin/anvil"))
          .filter(Files::isExecutable)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no anvil binary for this platform"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + scope + ": " + e.getMessage(), e);
    }
  }

  private static boolean nodeRuns() {
    try {
      return ProcessRunner.run(
              Path.of("."), List.of("node", "--version"), "", Duration.ofSeconds(30))
          .succeeded();
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /**
   * The repository root: Surefire passes it as validium.repo.root; from an IDE, the first parent of
   * the working directory that has tools/evm.
   */
  private static Path repositoryRoot() {
    String configured = System.getProperty("validium.repo.root");
    if (configured != null && Files.isDirectory(Path.of(configured, "tools/evm"))) {
      return Path.of(configured);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("tools/evm/package.json"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find tools/evm above " + Path.of("").toAbsolutePath());
  }
}
