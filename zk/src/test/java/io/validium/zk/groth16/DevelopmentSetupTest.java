package io.validium.zk.groth16;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.groth16.VerificationResult.Reason;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.snarkjs.ZkeyFile;
import io.validium.zk.testing.HashChainCircuit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DevelopmentSetupTest {
  private static final byte[] SEED = "development setup test".getBytes(StandardCharsets.UTF_8);

  private static HashChainCircuit circuit;
  private static ProvingKey key;
  private static Witness witness;

  @BeforeAll
  static void setUp() {
    circuit = HashChainCircuit.build();
    key = DevelopmentSetup.insecure(circuit.cs(), SEED);
    witness = circuit.solve(77, Fr.of(3), Fr.of(4), 1000);
  }

  @Test
  void proofUnderTheDevelopmentKeyVerifiesForItsSignalsOnly() {
    ProofWithSignals p = Groth16Prover.prove(key, witness);

    assertThat(Groth16Verifier.verify(key.verifyingKey(), p.signals(), p.proof()).reason())
        .isEqualTo(Reason.VALID);
    PublicSignals other = p.signals().with(0, p.signals().get(0).add(BigInteger.ONE));
    assertThat(Groth16Verifier.verify(key.verifyingKey(), other, p.proof()).reason())
        .isEqualTo(Reason.INVALID_PROOF);
  }

  @Test
  void givesTheKeyOfTheCeremonyPathForTheSameSeed() {
    ProvingKey ceremony = Groth16Setup.insecureDevelopmentSetup(circuit.cs(), SEED);

    assertThat(key.verifyingKey()).isEqualTo(ceremony.verifyingKey());
    assertThat(key.coefficients()).isEqualTo(ceremony.coefficients());
    assertThat(key.a()).isEqualTo(ceremony.a());
    assertThat(key.b2()).isEqualTo(ceremony.b2());
    assertThat(key.l()).isEqualTo(ceremony.l());
    assertThat(key.h()).isEqualTo(ceremony.h());
  }

  @Test
  void survivesTheZkeyFormat() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZkeyFile.write(key, out);
    ProvingKey read = ZkeyFile.parse("dev.zkey", ByteBuffer.wrap(out.toByteArray()));

    ProofWithSignals p = Groth16Prover.prove(read, witness);
    assertThat(read.verifyingKey()).isEqualTo(key.verifyingKey());
    assertThat(Groth16Verifier.verify(key.verifyingKey(), p.signals(), p.proof()).isValid())
        .isTrue();
  }
}
