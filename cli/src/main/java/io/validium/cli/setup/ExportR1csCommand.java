package io.validium.cli.setup;

import io.validium.circuit.BatchCircuit;
import io.validium.zk.snarkjs.R1csFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validium circuit export-r1cs}: the batch circuit as a snarkjs .r1cs file, so that a
 * ceremony run with validium can be checked with {@code snarkjs zkey verify}.
 */
@Command(
    name = "export-r1cs",
    mixinStandardHelpOptions = true,
    description =
        "Write the batch circuit of a size as an .r1cs file (snarkjs format). Exit code 0:"
            + " written, 2: bad input.")
public final class ExportR1csCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin BatchCircuitOptions circuit;

  @Option(names = "--out", required = true, description = "the .r1cs file to write")
  Path out;

  @Override
  public Integer call() {
    BatchCircuit batch = circuit.build();
    R1csFile r1cs = R1csFile.of(batch.system());
    KeyFiles.writeR1cs(r1cs, out);
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + out
                + ": the batch circuit of size "
                + batch.size()
                + ", "
                + r1cs.constraints().size()
                + " constraints, "
                + r1cs.wires()
                + " wires, "
                + r1cs.publicSignals()
                + " public signals");
    return 0;
  }
}
