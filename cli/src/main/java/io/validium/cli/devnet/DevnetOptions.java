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
 * @param depositDeadlineBlocks L1 blocks a deposit may wait before anyone may freeze the contract
 *     (anvil mines one a second; tests that exercise the freeze pass a small value)
 */
public record DevnetOptions(
    Path repoRoot,
    Path runDir,
    Existing existing,
    int batchSize,
    boolean buildMissing,
    Path keyDir,
    long depositDeadlineBlocks) {

  /** The largest circuit a devnet makes a key for (the key for N = 4 already takes minutes). */
  public static final int MAX_BATCH_SIZE = 16;

  /** As in production: about a day of 12-second blocks. */
  public static final long DEFAULT_DEPOSIT_DEADLINE_BLOCKS = 7_200;

  /** The contract keeps deadlines as uint64 block numbers; l1-bridge deploy bounds the span. */
  public static final long MAX_DEPOSIT_DEADLINE_BLOCKS = 1L << 32;

  public DevnetOptions {
    if (depositDeadlineBlocks < 1 || depositDeadlineBlocks > MAX_DEPOSIT_DEADLINE_BLOCKS) {
      throw new DevnetException(
          "--deposit-deadline-blocks must be between 1 and "
              + MAX_DEPOSIT_DEADLINE_BLOCKS
              + ", not "
              + depositDeadlineBlocks);
    }
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
    return new DevnetOptions(
        repoRoot, runDir, existing, batchSize, true, null, DEFAULT_DEPOSIT_DEADLINE_BLOCKS);
  }

  /** These options with another deposit deadline. */
  public DevnetOptions withDepositDeadlineBlocks(long blocks) {
    return new DevnetOptions(repoRoot, runDir, existing, batchSize, buildMissing, keyDir, blocks);
  }

  /** An existing run folder: refused, kept (state and all), or replaced. */
  public enum Existing {
    REFUSE,
    REUSE,
    FRESH
  }
}
