package io.validium.cli.zk;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.cli.Validium;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.CeremonyTranscript;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.ZkeyFile;
import io.validium.zk.solidity.SolidityVerifierExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportVerifierCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private VerifyingKey vk;

  @BeforeEach
  void writeTheTransferKeyAsVkJsonAndAsZkey() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/groth16/snarkjs-transfer/vk.json")) {
      Files.write(dir.resolve("vk.json"), in.readAllBytes());
    }
    vk = SnarkjsJson.readVerifyingKey(Files.readString(dir.resolve("vk.json")));
    ZkeyFile.write(provingKeyAround(vk), dir.resolve("transfer.zkey"));
  }

  @Test
  void writesTheVerifierOfTheZkeysVerifyingKey() throws IOException {
    assertThat(run("--zkey", path("transfer.zkey"), "--out", path("Verifier.sol"))).isZero();
    assertThat(Files.readString(dir.resolve("Verifier.sol")))
        .isEqualTo(SolidityVerifierExporter.export(vk));
    assertThat(out.toString()).contains("Verifier.sol").contains("2 public inputs");
  }

  @Test
  void writesTheSameContractFromVkJson() throws IOException {
    assertThat(run("--zkey", path("transfer.zkey"), "--out", path("FromZkey.sol"))).isZero();
    assertThat(run("--vk", path("vk.json"), "--out", path("FromVk.sol"))).isZero();
    assertThat(Files.readString(dir.resolve("FromVk.sol")))
        .isEqualTo(Files.readString(dir.resolve("FromZkey.sol")));
  }

  @Test
  void namesTheContractAsAsked() throws IOException {
    assertThat(
            run(
                "--vk",
                path("vk.json"),
                "--out",
                path("T.sol"),
                "--contract-name",
                "TransferVerifier"))
        .isZero();
    assertThat(Files.readString(dir.resolve("T.sol"))).contains("contract TransferVerifier {");
  }

  @Test
  void reportsATruncatedZkeyAsBadInputNamingTheFileAndSection() throws IOException {
    byte[] zkey = Files.readAllBytes(dir.resolve("transfer.zkey"));
    Files.write(dir.resolve("transfer.zkey"), Arrays.copyOf(zkey, zkey.length / 2));
    assertThat(run("--zkey", path("transfer.zkey"), "--out", path("V.sol"))).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("error: " + path("transfer.zkey") + ": ")
        .contains("section");
    assertThat(dir.resolve("V.sol")).doesNotExist();
  }

  @Test
  void reportsAFileThatIsNotAZkeyAsBadInput() {
    assertThat(run("--zkey", path("vk.json"), "--out", path("V.sol"))).isEqualTo(2);
    assertThat(err.toString()).contains(path("vk.json")).contains("not a zkey file");
  }

  @Test
  void reportsTruncatedVkJsonAsBadInputNamingTheFile() throws IOException {
    String json = Files.readString(dir.resolve("vk.json"));
    Files.writeString(dir.resolve("vk.json"), json.substring(0, json.length() / 2));
    assertThat(run("--vk", path("vk.json"), "--out", path("V.sol"))).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: " + path("vk.json") + ": ");
  }

  @Test
  void reportsAKeyPointOffTheCurveAsBadInput() throws IOException {
    String json = Files.readString(dir.resolve("vk.json"));
    Files.writeString(
        dir.resolve("vk.json"), json.replace("\"15498901637420541974", "\"15498901637420541975"));
    assertThat(run("--vk", path("vk.json"), "--out", path("V.sol"))).isEqualTo(2);
    assertThat(err.toString()).contains(path("vk.json")).contains("IC[0] is not on the curve");
  }

  @Test
  void reportsAMissingZkeyAsBadInput() {
    assertThat(run("--zkey", path("absent.zkey"), "--out", path("V.sol"))).isEqualTo(2);
    assertThat(err.toString()).contains("absent.zkey: no such file");
  }

  @Test
  void refusesAContractNameThatIsNotAnIdentifier() {
    assertThat(
            run("--vk", path("vk.json"), "--out", path("V.sol"), "--contract-name", "My Verifier"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--contract-name");
  }

  @Test
  void reportsAnOutputFolderThatDoesNotExistAsBadInput() {
    assertThat(run("--vk", path("vk.json"), "--out", path("no/such/dir/V.sol"))).isEqualTo(2);
    assertThat(err.toString()).contains("V.sol: cannot be written");
  }

  @Test
  void needsExactlyOneOfZkeyAndVk() {
    assertThat(run("--out", path("V.sol"))).isEqualTo(2);
    assertThat(err.toString()).contains("--zkey").contains("--vk");
    assertThat(
            run("--zkey", path("transfer.zkey"), "--vk", path("vk.json"), "--out", path("V.sol")))
        .isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("zk", "export-verifier"));
    all.addAll(List.of(args));
    CommandLine cli = Validium.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(all.toArray(new String[0]));
  }

  private String path(String name) {
    return dir.resolve(name).toString();
  }

  /**
   * The smallest proving key that carries {@code vk}: one wire per public input plus the constant,
   * a one-point domain and generator points throughout; export reads only its verifying key.
   */
  private static ProvingKey provingKeyAround(VerifyingKey vk) {
    int wires = vk.publicInputCount() + 1;
    return new ProvingKey(
        vk,
        G1.GENERATOR,
        G1.GENERATOR,
        wires,
        1,
        List.of(),
        Collections.nCopies(wires, G1.GENERATOR),
        Collections.nCopies(wires, G1.GENERATOR),
        Collections.nCopies(wires, G2.GENERATOR),
        List.of(),
        List.of(G1.GENERATOR),
        new CeremonyTranscript(new byte[64], List.of()));
  }
}
