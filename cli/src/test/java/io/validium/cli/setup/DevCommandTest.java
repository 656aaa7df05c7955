package io.validium.cli.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.circuit.BatchCircuit;
import io.validium.cli.CliRun;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.ZkeyFile;
import io.validium.zk.solidity.SolidityVerifierExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheInsecureKeyItsVerifyingKeyVerifierAndManifestForBatchSizeOne()
      throws IOException, NoSuchAlgorithmException {
    Path out = dir.resolve("keys");
    CliRun run = CliRun.of("setup", "dev", "--batch-size", "1", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("INSECURE").contains("forge proofs");
    ProvingKey key = ZkeyFile.read(out.resolve("batch.zkey"));
    BatchCircuit circuit = BatchCircuit.forSize(1);
    assertThat(key.wires()).isEqualTo(circuit.system().numWires());
    assertThat(key.publicSignals()).isEqualTo(4);
    String vkJson = Files.readString(out.resolve("vk.json"));
    VerifyingKey vk = SnarkjsJson.readVerifyingKey(vkJson);
    assertThat(vk).isEqualTo(key.verifyingKey());
    assertThat(Files.readString(out.resolve("Verifier.sol")))
        .isEqualTo(SolidityVerifierExporter.export(vk));
    // Pinned the way an operator pins it: the SHA-256 of the vk.json file as written.
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(out.resolve("vk.json"))));
    String manifest = Files.readString(out.resolve("setup.json"));
    assertThat(manifest)
        .contains("\"insecure\": true")
        .contains("\"batchSize\": 1")
        .contains("\"balanceDepth\": 4")
        .contains("\"constraints\": " + circuit.system().numConstraints())
        .contains("\"verifyingKeySha256\": \"" + sha + "\"")
        .contains("\"seed\": \"validium development key\"");
    assertThat(run.out()).contains(sha);
  }

  @Test
  void refusesABatchSizeBelowOne() {
    CliRun run = CliRun.of("setup", "dev", "--batch-size", "0", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: --batch-size must be between 1 and 65536, got 0\n");
  }

  @Test
  void refusesABatchSizeAboveTheLargestBatch() {
    CliRun run = CliRun.of("setup", "dev", "--batch-size", "100000", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--batch-size must be between 1 and");
  }

  @Test
  void refusesABatchSizeThatIsNotANumber() {
    CliRun run = CliRun.of("setup", "dev", "--batch-size", "two", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--batch-size").contains("two");
  }

  @Test
  void refusesABalanceDepthOutsideTheTreesBounds() {
    CliRun run =
        CliRun.of(
            "setup", "dev", "--batch-size", "1", "--balance-depth", "17", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--balance-depth must be between 1 and 16, got 17");
  }

  @Test
  void refusesAnOutputThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");

    CliRun run = CliRun.of("setup", "dev", "--batch-size", "1", "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("exists and is not a directory");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void refusesAnEmptySeed() {
    CliRun run =
        CliRun.of("setup", "dev", "--batch-size", "1", "--seed", "", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--seed must have 1 to 256 characters");
  }
}
