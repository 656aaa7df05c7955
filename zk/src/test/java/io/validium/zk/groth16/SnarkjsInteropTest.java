package io.validium.zk.groth16;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.snarkjs.PtauFile;
import io.validium.zk.snarkjs.R1csFile;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.WtnsFile;
import io.validium.zk.snarkjs.ZkeyFile;
import io.validium.zk.testing.Fixtures;
import io.validium.zk.testing.HashChainCircuit;
import io.validium.zk.testing.Snarkjs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proofs and keys crossing between this implementation and snarkjs 0.7.6, in both directions. */
class SnarkjsInteropTest {

  @TempDir static Path dir;

  private static HashChainCircuit circuit;
  private static Witness witness;
  private static ProvingKey javaInitial;

  @BeforeAll
  static void snarkjsSetsUpTheCircuitFromTheJavaR1cs() throws IOException {
    Snarkjs.require();
    circuit = HashChainCircuit.build();
    witness = circuit.solve(1234567, Fr.of(42), Fr.of(7), 2_000_000);
    R1csFile.of(circuit.cs()).write(dir.resolve("c.r1cs"));
    WtnsFile.write(witness.values(), dir.resolve("c.wtns"));
    Files.write(dir.resolve("pot12.ptau"), Fixtures.bytes("ptau/pot12_final.ptau"));
    Snarkjs.check(dir, "groth16", "setup", "c.r1cs", "pot12.ptau", "c.zkey");
    Snarkjs.check(dir, "zkey", "export", "verificationkey", "c.zkey", "vk.json");
  }

  @Test
  void javaProofFromASnarkjsKeyVerifiesInSnarkjsAndInJava() throws IOException {
    ProvingKey pk = ZkeyFile.read(dir.resolve("c.zkey"));
    ProofWithSignals result = Groth16Prover.prove(pk, witness);

    Files.writeString(dir.resolve("java-proof.json"), SnarkjsJson.writeProof(result.proof()));
    Files.writeString(
        dir.resolve("java-public.json"), SnarkjsJson.writePublicSignals(result.signals()));
    String out =
        Snarkjs.check(dir, "groth16", "verify", "vk.json", "java-public.json", "java-proof.json");

    assertThat(out).contains("OK!");
    assertThat(
            Groth16Verifier.verify(pk.verifyingKey(), result.signals(), result.proof()).isValid())
        .isTrue();
  }

  @Test
  void snarkjsProofVerifiesInJava() throws IOException {
    Snarkjs.check(dir, "groth16", "prove", "c.zkey", "c.wtns", "js-proof.json", "js-public.json");
    ProvingKey pk = ZkeyFile.read(dir.resolve("c.zkey"));

    Proof proof = SnarkjsJson.readProof(Files.readString(dir.resolve("js-proof.json")));
    PublicSignals signals =
        SnarkjsJson.readPublicSignals(Files.readString(dir.resolve("js-public.json")));

    assertThat(signals.values())
        .containsExactly(witness.get(1).toBigInteger(), witness.get(2).toBigInteger());
    assertThat(Groth16Verifier.verify(pk.verifyingKey(), signals, proof).isValid()).isTrue();
  }

  @Test
  void javaPhase2FromThePtauMakesExactlyTheKeySnarkjsMakes() throws IOException {
    ProvingKey snarkjs = ZkeyFile.read(dir.resolve("c.zkey"));
    ProvingKey java = javaInitialKey();

    assertThat(java.transcript().circuitHash()).isEqualTo(snarkjs.transcript().circuitHash());
    assertThat(Groth16SetupTest.zkeyBytes(java)).isEqualTo(Groth16SetupTest.zkeyBytes(snarkjs));
  }

  @Test
  void javaSetupAndContributionPassSnarkjsZkeyVerifyAndProveForBothVerifiers() throws IOException {
    ContributionResult contributed =
        Groth16Setup.contribute(
            javaInitialKey(), "interop test".getBytes(StandardCharsets.UTF_8), "java");
    ZkeyFile.write(contributed.key(), dir.resolve("java.zkey"));

    String verified = Snarkjs.check(dir, "zkey", "verify", "c.r1cs", "pot12.ptau", "java.zkey");
    assertThat(verified).contains("ZKey Ok!");

    Snarkjs.check(dir, "zkey", "export", "verificationkey", "java.zkey", "java-vk.json");
    ProofWithSignals result = Groth16Prover.prove(contributed.key(), witness);
    Files.writeString(dir.resolve("jj-proof.json"), SnarkjsJson.writeProof(result.proof()));
    Files.writeString(
        dir.resolve("jj-public.json"), SnarkjsJson.writePublicSignals(result.signals()));

    assertThat(
            Snarkjs.check(
                dir, "groth16", "verify", "java-vk.json", "jj-public.json", "jj-proof.json"))
        .contains("OK!");
    assertThat(
            Groth16Verifier.verify(
                    contributed.key().verifyingKey(), result.signals(), result.proof())
                .isValid())
        .isTrue();
  }

  @Test
  void wrongWitnessProofIsRejectedBySnarkjs() throws IOException {
    ProvingKey pk = ZkeyFile.read(dir.resolve("c.zkey"));
    Witness cheat = witness.with(circuit.y(), Fr.of(43));
    ProofWithSignals result = Groth16Prover.prove(pk, cheat);
    Files.writeString(dir.resolve("bad-proof.json"), SnarkjsJson.writeProof(result.proof()));
    Files.writeString(
        dir.resolve("bad-public.json"), SnarkjsJson.writePublicSignals(result.signals()));

    Snarkjs.Result r =
        Snarkjs.snarkjs(dir, "groth16", "verify", "vk.json", "bad-public.json", "bad-proof.json");

    assertThat(r.output()).contains("Invalid proof");
    assertThat(
            Groth16Verifier.verify(pk.verifyingKey(), result.signals(), result.proof()).isValid())
        .isFalse();
  }

  private static ProvingKey javaInitialKey() throws IOException {
    if (javaInitial == null) {
      javaInitial = javaPhase2();
    }
    return javaInitial;
  }

  private static ProvingKey javaPhase2() throws IOException {
    PtauFile ptau = PtauFile.read(dir.resolve("pot12.ptau"));
    int n = Groth16Setup.domainSize(circuit.cs().numConstraints(), circuit.cs().numPublicInputs());
    return Groth16Setup.phase2(circuit.cs(), ptau.phase1(n));
  }
}
