package io.validium.l1.solc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the pinned solc-js: an explicit path, else {@code tools/evm} in the working directory or
 * one of its parents, installed there first by its idempotent {@code install.sh} if need be.
 */
public final class SolcLocator {

  private static final String SOLC_JS = "node_modules/solc/solc.js";

  private SolcLocator() {}

  /** The compiler at {@code explicit}, or the one of the nearest tools/evm. */
  public static SolcCompiler locate(Optional<Path> explicit) {
    if (explicit.isPresent()) {
      return new SolcCompiler(explicit.get());
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path home = p.resolve("tools/evm");
      if (Files.isRegularFile(home.resolve("package.json"))) {
        if (!Files.isRegularFile(home.resolve(SOLC_JS))) {
          install(home);
        }
        return new SolcCompiler(home.resolve(SOLC_JS));
      }
    }
    throw new SolcException(
        "no tools/evm above " + Path.of("").toAbsolutePath() + "; pass --solc-js PATH");
  }

  private static void install(Path home) {
    try {
      Process p =
          new ProcessBuilder(List.of("bash", home.resolve("install.sh").toString()))
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new SolcException(home.resolve("install.sh") + " failed to install solc");
      }
    } catch (IOException e) {
      throw new SolcException("cannot run " + home.resolve("install.sh") + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolcException("interrupted while installing solc");
    }
  }
}
