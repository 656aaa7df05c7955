package io.validium.cli.zk;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.cli.Validium;
import io.validium.core.field.Fr;
import io.validium.zk.groth16.Groth16Setup;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.WtnsFile;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProveCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** x * y = z with z public: small enough to set up in milliseconds. */
  @BeforeEach
  void setUpACircuit() throws IOException {
    CircuitBuilder api = new CircuitBuilder();
    Variable z = api.publicInput("z");
    Variable x = api.privateInput("x");
    Variable y = api.privateInput("y");
    api.assertMul(x, y, z, "x*y=z");
    ConstraintSystem cs = api.build();
    ProvingKey pk =
        Groth16Setup.insecureDevelopmentSetup(cs, "cli-test".getBytes(StandardCharsets.UTF_8));
    ZkeyFile.write(pk, dir.resolve("c.zkey"));
    Files.writeString(dir.resolve("vk.json"), SnarkjsJson.writeVerifyingKey(pk.verifyingKey()));
    Fr[] witness = cs.solve(new Assignment().set(z, 42).set(x, 6).set(y, 7)).values();
    WtnsFile.write(witness, dir.resolve("good.wtns"));
    Fr[] wrong = cs.solve(new Assignment().set(z, 42).set(x, 6).set(y, 8)).values();
    WtnsFile.write(wrong, dir.resolve("wrong.wtns"));
  }

  @Test
  void provesAWitnessAndTheProofVerifies() {
    assertThat(prove("good.wtns")).isZero();
    assertThat(verify()).isZero();
    assertThat(out.toString()).contains("valid");
  }

  @Test
  void aWitnessThatBreaksTheCircuitGivesAProofThatDoesNotVerify() {
    assertThat(prove("wrong.wtns")).isZero();
    assertThat(verify()).isEqualTo(1);
  }

  @Test
  void reportsATruncatedZkeyNamingTheFile() throws IOException {
    byte[] zkey = Files.readAllBytes(dir.resolve("c.zkey"));
    Files.write(dir.resolve("c.zkey"), java.util.Arrays.copyOf(zkey, zkey.length / 2));
    assertThat(prove("good.wtns")).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: ").contains("c.zkey");
  }

  @Test
  void reportsAWitnessOfTheWrongSize() throws IOException {
    WtnsFile.write(new Fr[] {Fr.ONE, Fr.of(2)}, dir.resolve("short.wtns"));
    assertThat(prove("short.wtns")).isEqualTo(2);
    assertThat(err.toString()).contains("short.wtns").contains("wires");
  }

  @Test
  void reportsGarbageInPlaceOfAWitness() throws IOException {
    Files.writeString(dir.resolve("junk.wtns"), "not a witness");
    assertThat(prove("junk.wtns")).isEqualTo(2);
    assertThat(err.toString()).contains("junk.wtns");
  }

  private int prove(String witness) {
    return cli()
        .execute(
            "zk",
            "prove",
            "--zkey",
            dir.resolve("c.zkey").toString(),
            "--witness",
            dir.resolve(witness).toString(),
            "--proof",
            dir.resolve("proof.json").toString(),
            "--public",
            dir.resolve("public.json").toString());
  }

  private int verify() {
    return cli()
        .execute(
            "zk",
            "verify",
            "--vk",
            dir.resolve("vk.json").toString(),
            "--proof",
            dir.resolve("proof.json").toString(),
            "--public",
            dir.resolve("public.json").toString());
  }

  private CommandLine cli() {
    CommandLine cli = Validium.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli;
  }
}
