package io.validium.cli.setup;

import io.validium.zk.groth16.ProvingKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validium setup new}: the initial phase-2 key of a circuit, contribution 0 of a ceremony.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Start the phase-2 ceremony of a circuit from a prepared powers-of-tau file: write the"
            + " initial key (not secure until someone contributes). Exit code 0: written, 2: bad"
            + " input.")
public final class NewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CircuitChoice circuit;

  @Option(
      names = "--ptau",
      required = true,
      description = "phase-1 parameters: a snarkjs .ptau file prepared for phase 2")
  Path ptau;

  @Option(names = "--out", required = true, description = "the initial key to write (.zkey)")
  Path out;

  @Override
  public Integer call() {
    CeremonyCircuit c = circuit.resolve();
    ProvingKey key = Phase2Start.initialKey(c, ptau);
    KeyFiles.writeZkey(key, out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        "wrote the initial key of "
            + c.description()
            + " ("
            + c.constraints().size()
            + " constraints, domain 2^"
            + Integer.numberOfTrailingZeros(key.domainSize())
            + ") to "
            + out);
    stdout.println("circuit hash:");
    stdout.println(Hashes.snarkjsLayout(key.transcript().circuitHash()));
    stdout.println(
        "it is NOT secure yet: pass it to the first contributor (validium setup contribute)");
    return 0;
  }
}
