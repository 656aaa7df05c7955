package io.validium.cli.zk;

import io.validium.cli.InputFiles;
import io.validium.cli.UserError;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerificationResult;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.snarkjs.SnarkjsFormatException;
import io.validium.zk.snarkjs.SnarkjsJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validium zk verify}: checks a snarkjs Groth16 proof; exit 0 valid, 1 invalid, 2 bad input.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Verify a Groth16 proof. Exit code 0: valid, 1: invalid, 2: bad input.")
public final class VerifyCommand implements Callable<Integer> {
  /** JSON files beyond this are not snarkjs Groth16 files; refusing them bounds memory. */
  static final long MAX_JSON_BYTES = 16L << 20;

  @Spec CommandSpec spec;

  @Option(names = "--vk", required = true, description = "verifying key (snarkjs vk.json)")
  Path vk;

  @Option(names = "--proof", required = true, description = "proof (snarkjs proof.json)")
  Path proof;

  @Option(names = "--public", required = true, description = "public signals (snarkjs public.json)")
  Path publicSignals;

  @Override
  public Integer call() {
    VerifyingKey key = read(vk, SnarkjsJson::readVerifyingKey);
    Proof p = read(proof, SnarkjsJson::readProof);
    PublicSignals signals = read(publicSignals, SnarkjsJson::readPublicSignals);
    VerificationResult result = Groth16Verifier.verify(key, signals, p);
    if (result.isValid()) {
      spec.commandLine().getOut().println("valid");
      return 0;
    }
    spec.commandLine().getOut().println("invalid: " + result.reason() + ": " + result.detail());
    return 1;
  }

  private static <T> T read(Path file, Function<String, T> parser) {
    String text = InputFiles.readText(file, MAX_JSON_BYTES);
    try {
      return parser.apply(text);
    } catch (SnarkjsFormatException e) {
      throw new UserError(file + ": " + e.getMessage(), e);
    }
  }
}
