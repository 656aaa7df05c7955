package io.validium.cli.devnet;

import java.nio.file.Path;

/** Makes the devnet's development proving key for a batch size into a folder. */
@FunctionalInterface
public interface DevKeyStep {
  /** Writes at least {@code batch.zkey} and {@code vk.json} into {@code out}. */
  DevKey make(int batchSize, Path out, Launcher launcher);
}
