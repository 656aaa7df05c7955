package io.validium.cli.setup;

import io.validium.circuit.BatchCircuit;
import io.validium.cli.UserError;
import io.validium.core.state.L2State;
import picocli.CommandLine.Option;

/** The options that pick one batch circuit: its number of slots and its balance-tree depth. */
final class BatchCircuitOptions {

  @Option(
      names = "--batch-size",
      required = true,
      description = "transaction slots of the batch circuit (1.." + BatchCircuit.MAX_SIZE + ")")
  int batchSize;

  @Option(
      names = "--balance-depth",
      defaultValue = "" + L2State.DEFAULT_BALANCE_DEPTH,
      description = "depth of every account's balance tree (default: ${DEFAULT-VALUE})")
  int balanceDepth;

  /** Builds the circuit, or explains in one sentence why these numbers name none. */
  BatchCircuit build() {
    if (batchSize < 1 || batchSize > BatchCircuit.MAX_SIZE) {
      throw new UserError(
          "--batch-size must be between 1 and " + BatchCircuit.MAX_SIZE + ", got " + batchSize);
    }
    if (balanceDepth < 1 || balanceDepth > 16) {
      throw new UserError("--balance-depth must be between 1 and 16, got " + balanceDepth);
    }
    return BatchCircuit.of(batchSize, balanceDepth);
  }
}
