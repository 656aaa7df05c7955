package io.validium.cli.devnet;

import java.nio.file.Path;

/**
 * How to start a devnet.
 *
 * @param repoRoot the checkout: service jars, {@code ./mvnw} and {@code tools/evm} live there
 * @param runDir the run folder: every process's state and log
 * @param existing what to do with a run folder that already exists
 * @param batchSize transactions per batch, the circuit's slot count
 * @param buildMissing run {@code ./mvnw package} for stale or missing service jars; when false a
 *     missing jar is an error (a test inside a Maven build must not start another one)
 * @param keyDir where the development proving key is made once and then reused ({@code key/} of the
 *     run folder by default; a test points it at a cache that outlives the run folder), one
 *     subfolder per batch size
 */
public record DevnetOptions(
    Path repoRoot,
    Path runDir,
    Existing existing,
    int batchSize,
    boolean buildMissing,
    Path keyDir) {

  /** The largest circuit a devnet makes a key for (the key for N = 4 already takes minutes). */
  public static final int MAX_BATCH_SIZE = 16;

  public DevnetOptions {
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new DevnetException(
          "--batch-size must be between 1 and " + MAX_BATCH_SIZE + ", not " + batchSize);
    }
    repoRoot = repoRoot.toAbsolutePath().normalize();
    runDir = runDir.toAbsolutePath().normalize();
    keyDir = (keyDir == null ? runDir.resolve("key") : keyDir).toAbsolutePath().normalize();
  }

  /** The defaults of {@code validium devnet}: the key in the run folder, builds allowed. */
  public static DevnetOptions of(Path repoRoot, Path runDir, Existing existing, int batchSize) {
    return new DevnetOptions(repoRoot, runDir, existing, batchSize, true, null);
  }

  /** An existing run folder: refused, kept (state and all), or replaced. */
  public enum Existing {
    REFUSE,
    REUSE,
    FRESH
  }
}
