package io.validium.cli.setup;

import io.validium.circuit.keys.VerifyingKeyDigest;
import io.validium.cli.OutputFiles;
import io.validium.cli.UserError;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.solidity.SolidityVerifierExporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validium setup export}: the verifying key and the Solidity verifier of a final key. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write the verifying key (snarkjs vk.json) and/or the Solidity verifier of a ceremony's"
            + " final key, and print the verifying key's SHA-256. Exit code 0: written, 2: bad"
            + " input.")
public final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--zkey", required = true, description = "the final key of the ceremony (.zkey)")
  Path zkey;

  @Option(names = "--vk", description = "the verifying key to write (snarkjs vk.json)")
  Path vk;

  @Option(names = "--verifier", description = "the Solidity verifier contract to write")
  Path verifier;

  @Option(
      names = "--contract-name",
      defaultValue = SolidityVerifierExporter.DEFAULT_CONTRACT_NAME,
      description = "the verifier contract's name (default: ${DEFAULT-VALUE})")
  String contractName;

  @Override
  public Integer call() {
    if (vk == null && verifier == null) {
      throw new UserError("give --vk, --verifier or both: there is nothing to write");
    }
    if (!SolidityVerifierExporter.isContractName(contractName)) {
      throw new UserError(
          "--contract-name: '"
              + contractName
              + "' is not a Solidity identifier (ASCII letters, digits, underscores)");
    }
    ProvingKey key = KeyFiles.readZkey(zkey);
    VerifyingKey verifying = key.verifyingKey();
    PrintWriter err = spec.commandLine().getErr();
    if (Hashes.isZero(key.transcript().circuitHash())) {
      err.println("WARNING: " + zkey + " is an INSECURE development key: never deploy it");
    } else if (key.transcript().contributions().isEmpty()) {
      err.println("WARNING: " + zkey + " has no contribution: it is not secure, never deploy it");
    }
    String solidity = null;
    if (verifier != null) {
      try {
        solidity = SolidityVerifierExporter.export(verifying, contractName);
      } catch (IllegalArgumentException e) {
        throw new UserError(zkey + ": " + e.getMessage(), e);
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (vk != null) {
      OutputFiles.writeText(vk, SnarkjsJson.writeVerifyingKey(verifying));
      stdout.println("wrote " + vk);
    }
    if (solidity != null) {
      OutputFiles.writeText(verifier, solidity);
      stdout.println("wrote " + verifier + ": contract " + contractName);
    }
    stdout.println("verifying-key-sha256 " + VerifyingKeyDigest.sha256(verifying));
    return 0;
  }
}
