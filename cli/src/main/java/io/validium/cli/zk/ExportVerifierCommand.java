package io.validium.cli.zk;

import io.validium.cli.InputFiles;
import io.validium.cli.UserError;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.snarkjs.BinaryFormatException;
import io.validium.zk.snarkjs.SnarkjsFormatException;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.ZkeyFile;
import io.validium.zk.solidity.SolidityVerifierExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validium zk export-verifier}: writes the Solidity verifier contract of a Groth16 key, read
 * from a snarkjs .zkey or vk.json.
 */
@Command(
    name = "export-verifier",
    mixinStandardHelpOptions = true,
    description =
        "Write a Solidity contract that verifies Groth16 proofs for a key on Ethereum."
            + " Exit code 0: written, 2: bad input.")
public final class ExportVerifierCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  KeySource key;

  @Option(names = "--out", required = true, description = "the Solidity file to write")
  Path out;

  @Option(
      names = "--contract-name",
      defaultValue = SolidityVerifierExporter.DEFAULT_CONTRACT_NAME,
      description = "the contract's name (default: ${DEFAULT-VALUE})")
  String contractName;

  /** Where the key comes from: exactly one of the two files. */
  static final class KeySource {
    @Option(names = "--zkey", required = true, description = "proving key (snarkjs .zkey)")
    Path zkey;

    @Option(names = "--vk", required = true, description = "verifying key (snarkjs vk.json)")
    Path vk;
  }

  @Override
  public Integer call() {
    if (!SolidityVerifierExporter.isContractName(contractName)) {
      throw new UserError(
          "--contract-name: '"
              + contractName
              + "' is not a Solidity identifier (ASCII letters, digits, underscores)");
    }
    Path source = key.zkey != null ? key.zkey : key.vk;
    VerifyingKey vk = key.zkey != null ? readZkey(key.zkey) : readVk(key.vk);
    String solidity;
    try {
      solidity = SolidityVerifierExporter.export(vk, contractName);
    } catch (IllegalArgumentException e) {
      // The name was checked above: what is left is the key, a point or its input count.
      throw new UserError(source + ": " + e.getMessage(), e);
    }
    try {
      Files.writeString(out, solidity, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(out + ": cannot be written (" + e.getMessage() + ")", e);
    }
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + out
                + ": contract "
                + contractName
                + " for "
                + vk.publicInputCount()
                + " public inputs");
    return 0;
  }

  private static VerifyingKey readZkey(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + ": no such file");
    }
    try {
      return ZkeyFile.read(file).verifyingKey();
    } catch (BinaryFormatException e) {
      throw new UserError(file + ": " + withoutFileName(file, e.getMessage()), e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static VerifyingKey readVk(Path file) {
    String text = InputFiles.readText(file, VerifyCommand.MAX_JSON_BYTES);
    try {
      return SnarkjsJson.readVerifyingKey(text);
    } catch (SnarkjsFormatException e) {
      throw new UserError(file + ": " + withoutFileName(file, e.getMessage()), e);
    }
  }

  /** Readers name the file without its folder; the message names it once, with its path. */
  private static String withoutFileName(Path file, String message) {
    for (String name : new String[] {file.getFileName().toString(), "vk.json"}) {
      if (message.startsWith(name + ": ")) {
        return message.substring(name.length() + 2);
      }
    }
    return message;
  }
}
