package io.validium.cli.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.cli.CliRun;
import io.validium.core.field.Fr;
import io.validium.zk.groth16.DevelopmentSetup;
import io.validium.zk.groth16.Groth16Prover;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.ProofWithSignals;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.snarkjs.R1csFile;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.ZkeyFile;
import io.validium.zk.solidity.SolidityVerifierExporter;
import io.validium.zk.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ceremony commands on a tiny circuit given as an .r1cs file and the 2^12 powers-of-tau
 * fixture: the batch circuit needs 2^16, and its phase 2 alone takes longer than a test should.
 * Which check refuses which forged key is zk's Phase2VerifierTest; here, what the user sees.
 */
class CeremonyCommandsTest {
  @TempDir static Path dir;
  private static ConstraintSystem circuit;
  private static Variable out;
  private static Variable x;
  private static String aliceHash;
  private static String bobHash;

  @BeforeAll
  static void runACeremonyOfTwoContributions() throws IOException {
    // out = x^8 + x: a few constraints, so each phase-2 step takes moments.
    CircuitBuilder api = new CircuitBuilder();
    out = api.publicInput("out");
    x = api.privateInput("x");
    LinearCombination power = x.toLinearCombination();
    for (int i = 0; i < 3; i++) {
      power = api.mul(power, power, "square " + i).toLinearCombination();
    }
    api.assertEqual(power.add(x.toLinearCombination()), out, "out");
    circuit = api.build();
    R1csFile.of(circuit).write(dir.resolve("c.r1cs"));
    Files.write(dir.resolve("pot12.ptau"), Fixtures.bytes("ptau/pot12_final.ptau"));
    CliRun created =
        CliRun.of(
            "setup",
            "new",
            "--r1cs",
            p("c.r1cs"),
            "--ptau",
            p("pot12.ptau"),
            "--out",
            p("c_0000.zkey"));
    assertThat(created.exitCode()).as(created.err()).isZero();
    CliRun alice =
        CliRun.of(
            "setup",
            "contribute",
            "--in",
            p("c_0000.zkey"),
            "--out",
            p("c_0001.zkey"),
            "--name",
            "alice corp");
    assertThat(alice.exitCode()).as(alice.err()).isZero();
    CliRun bob =
        CliRun.of(
            "setup",
            "contribute",
            "--in",
            p("c_0001.zkey"),
            "--out",
            p("c_0002.zkey"),
            "--name",
            "bob ltd",
            "--entropy",
            "the dice said 4 3 6 1 1 2 5");
    assertThat(bob.exitCode()).as(bob.err()).isZero();
    aliceHash = hashIn(alice.out());
    bobHash = hashIn(bob.out());
  }

  private static String p(String name) {
    return dir.resolve(name).toString();
  }

  /** The four snarkjs-style hash lines a command printed, as one hex string. */
  private static String hashIn(String output) {
    Matcher m =
        Pattern.compile("((?:\\t\\t[0-9a-f]{8} [0-9a-f]{8} [0-9a-f]{8} [0-9a-f]{8}\\n?){4})")
            .matcher(output);
    assertThat(m.find()).as(output).isTrue();
    return m.group(1).replaceAll("\\s", "");
  }

  @Test
  void verifyAcceptsTheChainAndListsEachContributorsHash() {
    CliRun run =
        CliRun.of(
            "setup",
            "verify",
            "--zkey",
            p("c_0002.zkey"),
            "--ptau",
            p("pot12.ptau"),
            "--r1cs",
            p("c.r1cs"));

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("'alice corp'").contains("'bob ltd'").contains("OK: ");
    String flat = run.out().replaceAll("\\s", "");
    assertThat(flat).contains(aliceHash).contains(bobHash);
    assertThat(aliceHash).isNotEqualTo(bobHash);
  }

  @Test
  void snarkjsAcceptsTheContributedKeyAndFindsTheSameHashes() {
    SnarkjsCli.Result r =
        SnarkjsCli.snarkjs(dir, "zkey", "verify", "c.r1cs", "pot12.ptau", "c_0002.zkey");

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("ZKey Ok!").contains("alice corp").contains("bob ltd");
    assertThat(r.output().replaceAll("\\s", "")).contains(aliceHash).contains(bobHash);
  }

  @Test
  void exportWritesTheVerifyingKeyAndVerifierOfTheFinalKeyWhichVerifiesItsProofs()
      throws IOException {
    CliRun run =
        CliRun.of(
            "setup",
            "export",
            "--zkey",
            p("c_0002.zkey"),
            "--vk",
            p("vk.json"),
            "--verifier",
            p("Verifier.sol"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    ProvingKey key = ZkeyFile.read(dir.resolve("c_0002.zkey"));
    VerifyingKey vk = SnarkjsJson.readVerifyingKey(Files.readString(dir.resolve("vk.json")));
    assertThat(vk).isEqualTo(key.verifyingKey());
    assertThat(Files.readString(dir.resolve("Verifier.sol")))
        .isEqualTo(SolidityVerifierExporter.export(vk));
    ProofWithSignals proof =
        Groth16Prover.prove(
            key, circuit.solve(new Assignment().set(x, Fr.of(3)).set(out, Fr.of(6561 + 3))));
    assertThat(Groth16Verifier.verify(vk, proof.signals(), proof.proof()).isValid()).isTrue();
  }

  @Test
  void verifyRefusesTheInitialKeyAsNotSecure() {
    CliRun run =
        CliRun.of(
            "setup",
            "verify",
            "--zkey",
            p("c_0000.zkey"),
            "--ptau",
            p("pot12.ptau"),
            "--r1cs",
            p("c.r1cs"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("no contribution").contains("not secure");
  }

  @Test
  void verifyRefusesTheKeyForAnotherCircuit() throws IOException {
    CircuitBuilder api = new CircuitBuilder();
    Variable y = api.publicInput("y");
    Variable z = api.privateInput("z");
    api.assertEqual(api.mul(z, z, "square"), y, "y");
    R1csFile.of(api.build()).write(dir.resolve("square.r1cs"));

    CliRun run =
        CliRun.of(
            "setup",
            "verify",
            "--zkey",
            p("c_0002.zkey"),
            "--ptau",
            p("pot12.ptau"),
            "--r1cs",
            p("square.r1cs"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("REFUSED (SHAPE)");
  }

  @Test
  void verifyRefusesAKeyWhoseContributionWasTamperedWith() throws IOException {
    ProvingKey key = ZkeyFile.read(dir.resolve("c_0002.zkey"));
    // Alice's and bob's keys spliced: bob's contribution record over alice's points.
    ProvingKey alice = ZkeyFile.read(dir.resolve("c_0001.zkey"));
    ProvingKey spliced =
        new ProvingKey(
            alice.verifyingKey(),
            alice.beta1(),
            alice.delta1(),
            alice.wires(),
            alice.domainSize(),
            alice.coefficients(),
            alice.a(),
            alice.b1(),
            alice.b2(),
            alice.l(),
            alice.h(),
            key.transcript());
    ZkeyFile.write(spliced, dir.resolve("spliced.zkey"));

    CliRun run =
        CliRun.of(
            "setup",
            "verify",
            "--zkey",
            p("spliced.zkey"),
            "--ptau",
            p("pot12.ptau"),
            "--r1cs",
            p("c.r1cs"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("REFUSED (DELTA)");
  }

  @Test
  void verifyRefusesTheDevelopmentKeyOfTheSameCircuit() throws IOException {
    ZkeyFile.write(
        DevelopmentSetup.insecure(circuit, "s".getBytes(StandardCharsets.UTF_8)),
        dir.resolve("dev.zkey"));

    CliRun run =
        CliRun.of(
            "setup",
            "verify",
            "--zkey",
            p("dev.zkey"),
            "--ptau",
            p("pot12.ptau"),
            "--r1cs",
            p("c.r1cs"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("REFUSED (CIRCUIT_HASH)");
  }

  @Test
  void contributeRefusesADevelopmentKey() {
    CliRun run =
        CliRun.of(
            "setup",
            "contribute",
            "--in",
            p("dev-for-contribute.zkey"),
            "--out",
            p("x.zkey"),
            "--name",
            "eve");
    assertThat(run.exitCode()).isEqualTo(2);

    writeDevKey("dev-for-contribute.zkey");
    run =
        CliRun.of(
            "setup",
            "contribute",
            "--in",
            p("dev-for-contribute.zkey"),
            "--out",
            p("x.zkey"),
            "--name",
            "eve");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("INSECURE development key").contains("setup new");
    assertThat(dir.resolve("x.zkey")).doesNotExist();
  }

  private static void writeDevKey(String name) {
    try {
      ZkeyFile.write(
          DevelopmentSetup.insecure(circuit, "s".getBytes(StandardCharsets.UTF_8)),
          dir.resolve(name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void contributeRefusesANameLongerThanSnarkjsKeeps() {
    CliRun run =
        CliRun.of(
            "setup",
            "contribute",
            "--in",
            p("c_0002.zkey"),
            "--out",
            p("x.zkey"),
            "--name",
            "n".repeat(65));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: --name must have 1 to 64 bytes in UTF-8\n");
  }

  @Test
  void contributeRefusesToOverwriteItsInput() {
    CliRun run =
        CliRun.of(
            "setup",
            "contribute",
            "--in",
            p("c_0002.zkey"),
            "--out",
            p("c_0002.zkey"),
            "--name",
            "carol");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out must differ from --in");
  }

  @Test
  void contributeReportsATruncatedKeyInOneSentence() throws IOException {
    byte[] zkey = Files.readAllBytes(dir.resolve("c_0002.zkey"));
    Files.write(dir.resolve("cut.zkey"), Arrays.copyOf(zkey, zkey.length - 100));

    CliRun run =
        CliRun.of(
            "setup", "contribute", "--in", p("cut.zkey"), "--out", p("x.zkey"), "--name", "carol");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + p("cut.zkey") + ": ").hasLineCount(1);
  }

  @Test
  void newRefusesAPowersOfTauFileTooSmallForTheBatchCircuit() {
    CliRun run =
        CliRun.of(
            "setup", "new", "--batch-size", "1", "--ptau", p("pot12.ptau"), "--out", p("b.zkey"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("holds 2^12 powers of tau")
        .contains("needs a file of at least 2^16")
        .hasLineCount(1);
  }

  @Test
  void newRefusesAFileThatIsNotAPowersOfTauFile() {
    CliRun run =
        CliRun.of(
            "setup", "new", "--r1cs", p("c.r1cs"), "--ptau", p("c.r1cs"), "--out", p("b.zkey"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + p("c.r1cs") + ": ").hasLineCount(1);
  }

  @Test
  void newNeedsExactlyOneCircuit() {
    CliRun neither = CliRun.of("setup", "new", "--ptau", p("pot12.ptau"), "--out", p("b.zkey"));
    CliRun both =
        CliRun.of(
            "setup",
            "new",
            "--batch-size",
            "1",
            "--r1cs",
            p("c.r1cs"),
            "--ptau",
            p("pot12.ptau"),
            "--out",
            p("b.zkey"));

    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).isEqualTo("error: give exactly one of --batch-size and --r1cs\n");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).isEqualTo("error: give exactly one of --batch-size and --r1cs\n");
  }

  @Test
  void exportNeedsSomethingToWrite() {
    CliRun run = CliRun.of("setup", "export", "--zkey", p("c_0002.zkey"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("give --vk, --verifier or both");
  }

  @Test
  void exportWarnsThatAnInitialKeyIsNotSecure() {
    CliRun run = CliRun.of("setup", "export", "--zkey", p("c_0000.zkey"), "--vk", p("vk0.json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("WARNING").contains("no contribution");
  }
}
