package io.validium.cli.zk;

import io.validium.cli.OutputFiles;
import io.validium.cli.UserError;
import io.validium.core.field.Fr;
import io.validium.zk.groth16.Groth16Prover;
import io.validium.zk.groth16.ProofWithSignals;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.WtnsFile;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validium zk prove}: a Groth16 proof from a snarkjs .zkey and .wtns. */
@Command(
    name = "prove",
    mixinStandardHelpOptions = true,
    description =
        "Prove with a snarkjs proving key and witness; writes snarkjs proof and public JSON.")
public final class ProveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--zkey", required = true, description = "proving key (snarkjs .zkey)")
  Path zkey;

  @Option(names = "--witness", required = true, description = "witness (snarkjs .wtns)")
  Path witness;

  @Option(names = "--proof", required = true, description = "where to write proof.json")
  Path proofOut;

  @Option(names = "--public", required = true, description = "where to write public.json")
  Path publicOut;

  @Override
  public Integer call() {
    ProvingKey pk = read(zkey, () -> ZkeyFile.read(zkey));
    Fr[] values = read(witness, () -> WtnsFile.read(witness));
    ProofWithSignals result;
    try {
      result = Groth16Prover.prove(pk, values);
    } catch (IllegalArgumentException e) {
      throw new UserError(witness + " does not fit " + zkey + ": " + e.getMessage(), e);
    }
    OutputFiles.writeText(proofOut, SnarkjsJson.writeProof(result.proof()));
    OutputFiles.writeText(publicOut, SnarkjsJson.writePublicSignals(result.signals()));
    spec.commandLine().getOut().println("proof written to " + proofOut + " and " + publicOut);
    return 0;
  }

  /** A reader of one input file. */
  private interface Reader<T> {
    T read() throws IOException;
  }

  private static <T> T read(Path file, Reader<T> reader) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + ": no such file");
    }
    try {
      return reader.read();
    } catch (IOException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new UserError(
          message.contains(file.getFileName().toString()) ? message : file + ": " + message, e);
    }
  }
}
