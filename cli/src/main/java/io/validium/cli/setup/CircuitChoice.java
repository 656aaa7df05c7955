package io.validium.cli.setup;

import io.validium.circuit.BatchCircuit;
import io.validium.cli.UserError;
import io.validium.core.state.L2State;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which circuit a ceremony command works on: the batch circuit of a size, or any circuit given as
 * an .r1cs file (such as one exported with {@code validium circuit export-r1cs}, or snarkjs's).
 */
final class CircuitChoice {

  @Option(
      names = "--batch-size",
      description = "the batch circuit with this many transaction slots")
  Integer batchSize;

  @Option(
      names = "--balance-depth",
      description = "with --batch-size: depth of every account's balance tree (default: 4)")
  Integer balanceDepth;

  @Option(names = "--r1cs", description = "instead of --batch-size: a circuit as an .r1cs file")
  Path r1cs;

  CeremonyCircuit resolve() {
    if ((batchSize == null) == (r1cs == null)) {
      throw new UserError("give exactly one of --batch-size and --r1cs");
    }
    if (r1cs != null) {
      if (balanceDepth != null) {
        throw new UserError("--balance-depth goes with --batch-size, not with --r1cs");
      }
      return CeremonyCircuit.of(r1cs.toString(), KeyFiles.readR1cs(r1cs));
    }
    BatchCircuit circuit =
        BatchCircuitOptions.build(
            batchSize, balanceDepth == null ? L2State.DEFAULT_BALANCE_DEPTH : balanceDepth);
    return CeremonyCircuit.of(
        "the batch circuit of size "
            + circuit.size()
            + " (balance depth "
            + circuit.balanceDepth()
            + ")",
        circuit.system());
  }
}
