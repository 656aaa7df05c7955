package io.validium.zk.groth16;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.snarkjs.R1csFile;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.WtnsFile;
import io.validium.zk.snarkjs.ZkeyFile;
import io.validium.zk.testing.Fixtures;
import io.validium.zk.testing.HashChainCircuit;
import io.validium.zk.testing.Snarkjs;
import java.io.IOException;
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
}
