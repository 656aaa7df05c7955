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

class Groth16SetupTest {

  private static HashChainCircuit circuit;
  private static ProvingKey key;
  private static Witness witness;

  @BeforeAll
  static void developmentSetup() {
    circuit = HashChainCircuit.build();
    key =
        Groth16Setup.insecureDevelopmentSetup(
            circuit.cs(), "groth16 setup test".getBytes(StandardCharsets.UTF_8));
    witness = circuit.solve(77, Fr.of(3), Fr.of(4), 1000);
  }

  @Test
  void domainIsTheSmallestPowerOfTwoAboveConstraintsAndPublicSignals() {
    assertThat(Groth16Setup.domainSize(1021, 2)).isEqualTo(1024);
    assertThat(Groth16Setup.domainSize(1022, 2)).isEqualTo(2048);
    assertThat(key.domainSize())
        .isEqualTo(Groth16Setup.domainSize(circuit.cs().numConstraints(), 2));
  }

  @Test
  void proofOfASatisfyingWitnessVerifies() {
    ProofWithSignals p = Groth16Prover.prove(key, witness);

    assertThat(p.signals()).isEqualTo(PublicSignals.ofField(witness.publicInputs()));
    assertThat(Groth16Verifier.verify(key.verifyingKey(), p.signals(), p.proof()).isValid())
        .isTrue();
  }

  @Test
  void proofDoesNotVerifyForOtherPublicSignals() {
    ProofWithSignals p = Groth16Prover.prove(key, witness);
    PublicSignals other = p.signals().with(1, p.signals().get(1).add(BigInteger.ONE));

    assertThat(Groth16Verifier.verify(key.verifyingKey(), other, p.proof()).reason())
        .isEqualTo(Reason.INVALID_PROOF);
  }

  @Test
  void unsatisfiedWitnessYieldsAProofThatFailsVerification() {
    // x must stay below the limit; 1001 passes the range checks but breaks x < limit.
    Witness cheat = witness.with(circuit.x(), Fr.of(1001));
    assertThat(circuit.cs().isSatisfied(cheat)).isFalse();

    ProofWithSignals p = Groth16Prover.prove(key, cheat);

    assertThat(Groth16Verifier.verify(key.verifyingKey(), p.signals(), p.proof()).reason())
        .isEqualTo(Reason.INVALID_PROOF);
  }

  @Test
  void blindingMakesProofsDifferWhileFixedBlindingRepeats() {
    Fr r = Fr.of(11);
    Fr s = Fr.of(12);

    assertThat(Groth16Prover.prove(key, witness.values(), r, s))
        .isEqualTo(Groth16Prover.prove(key, witness.values(), r, s));
    assertThat(Groth16Prover.prove(key, witness).proof())
        .isNotEqualTo(Groth16Prover.prove(key, witness).proof());
  }

  @Test
  void contributionChangesDeltaAndKeepsProofsValid() {
    ContributionResult c =
        Groth16Setup.contribute(key, "more entropy".getBytes(StandardCharsets.UTF_8), "second");
    ProvingKey after = c.key();
    ProofWithSignals p = Groth16Prover.prove(after, witness);

    assertThat(after.delta1()).isNotEqualTo(key.delta1());
    assertThat(after.transcript().contributions()).hasSize(2);
    assertThat(after.transcript().contributions().get(1).name()).isEqualTo("second");
    assertThat(c.contributionHash()).hasSize(64);
    assertThat(Groth16Verifier.verify(after.verifyingKey(), p.signals(), p.proof()).isValid())
        .isTrue();
    assertThat(Groth16Verifier.verify(key.verifyingKey(), p.signals(), p.proof()).isValid())
        .isFalse();
  }

  @Test
  void zkeyRoundTripIsByteExact() throws IOException {
    byte[] written = zkeyBytes(key);
    ProvingKey read = ZkeyFile.parse("dev.zkey", ByteBuffer.wrap(written));

    assertThat(read.verifyingKey()).isEqualTo(key.verifyingKey());
    assertThat(read.transcript().contributions()).hasSize(1);
    assertThat(zkeyBytes(read)).isEqualTo(written);
  }

  static byte[] zkeyBytes(ProvingKey pk) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZkeyFile.write(pk, out);
    return out.toByteArray();
  }
}
