package io.validium.cli.setup;

import io.validium.circuit.BatchCircuit;
import io.validium.circuit.keys.DevelopmentKey;
import io.validium.circuit.keys.VerifyingKeyDigest;
import io.validium.cli.OutputFiles;
import io.validium.cli.UserError;
import io.validium.core.types.AccountId;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.solidity.SolidityVerifierExporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validium setup dev}: the INSECURE development key of a batch circuit, the very key that
 * prover-service generates with {@code validium.prover.key.generate-development-key} for the same
 * seed, with its verifying key, Solidity verifier and a manifest.
 */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description =
        "Write an INSECURE development key for the batch circuit: DIR/batch.zkey, DIR/vk.json,"
            + " DIR/Verifier.sol and DIR/setup.json. Anyone who knows the seed can forge proofs."
            + " Exit code 0: written, 2: bad input.")
public final class DevCommand implements Callable<Integer> {
  static final String ZKEY = "batch.zkey";
  static final String VK = "vk.json";
  static final String VERIFIER = "Verifier.sol";
  static final String MANIFEST = "setup.json";

  /** Bounds the seed: it is echoed into logs and the manifest. */
  static final int MAX_SEED_CHARS = 256;

  @Spec CommandSpec spec;

  @Mixin BatchCircuitOptions circuit;

  @Option(
      names = "--seed",
      defaultValue = DevelopmentKey.DEFAULT_SEED,
      description =
          "the public seed of the trapdoor (default: '${DEFAULT-VALUE}', prover-service's)")
  String seed;

  @Option(names = "--out", required = true, description = "the directory to write the files to")
  Path out;

  @Override
  public Integer call() {
    if (seed.isEmpty() || seed.length() > MAX_SEED_CHARS) {
      throw new UserError("--seed must have 1 to " + MAX_SEED_CHARS + " characters");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("--out " + out + " exists and is not a directory");
    }
    BatchCircuit batch = circuit.build();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "WARNING: INSECURE development key. Its trapdoor comes from the public seed '"
            + seed
            + "': anyone who knows the seed can forge proofs for any state root. Never deploy it;"
            + " run the phase-2 ceremony instead (docs/ceremony.md).");
    err.flush();
    ConstraintSystem cs = batch.system();
    ProvingKey key = DevelopmentKey.insecure(cs, seed);
    VerifyingKey vk = key.verifyingKey();
    String sha = VerifyingKeyDigest.sha256(vk);

    KeyFiles.writeZkey(key, out.resolve(ZKEY));
    OutputFiles.writeText(out.resolve(VK), SnarkjsJson.writeVerifyingKey(vk));
    OutputFiles.writeText(out.resolve(VERIFIER), SolidityVerifierExporter.export(vk));
    OutputFiles.writeText(
        out.resolve(MANIFEST),
        new SetupManifest()
            .put("insecure", true)
            .put("seed", seed)
            .put("batchSize", batch.size())
            .put("balanceDepth", batch.balanceDepth())
            .put("accountDepth", AccountId.TREE_DEPTH)
            .put("constraints", cs.numConstraints())
            .put("wires", cs.numWires())
            .put("publicInputs", cs.numPublicInputs())
            .put("domainSize", key.domainSize())
            .put("verifyingKeySha256", sha)
            .put("zkey", ZKEY)
            .put("verifyingKey", VK)
            .put("verifier", VERIFIER)
            .toJson());

    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        "wrote INSECURE development key for batch size "
            + batch.size()
            + " ("
            + cs.numConstraints()
            + " constraints) to "
            + out);
    stdout.println("verifying-key-sha256 " + sha);
    return 0;
  }
}
