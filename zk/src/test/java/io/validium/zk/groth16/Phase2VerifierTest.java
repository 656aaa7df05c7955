package io.validium.zk.groth16;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.groth16.Phase2Verification.CheckedContribution;
import io.validium.zk.groth16.Phase2Verification.Reason;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.snarkjs.BinaryFormatException;
import io.validium.zk.snarkjs.PtauFile;
import io.validium.zk.testing.Fixtures;
import io.validium.zk.testing.HashChainCircuit;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Phase2VerifierTest {
  private static PtauFile pot12;
  private static ConstraintSystem cs;
  private static ProvingKey initial;
  private static ContributionResult first;
  private static ContributionResult second;

  @BeforeAll
  static void ceremonyOfTwoContributions() throws BinaryFormatException {
    pot12 =
        PtauFile.parse(
            "pot12_final.ptau", ByteBuffer.wrap(Fixtures.bytes("ptau/pot12_final.ptau")));
    cs = HashChainCircuit.build().cs();
    initial = phase2(cs);
    first = Groth16Setup.contribute(initial, bytes("alice's entropy"), "alice");
    second = Groth16Setup.contribute(first.key(), bytes("bob's entropy"), "bob");
  }

  private static ProvingKey phase2(ConstraintSystem c) throws BinaryFormatException {
    return Groth16Setup.phase2(
        c, pot12.phase1(Groth16Setup.domainSize(c.numConstraints(), c.numPublicInputs())));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void acceptsAChainOfContributionsAndReportsTheHashesTheContributorsWereGiven() {
    Phase2Verification v = Phase2Verifier.verify(initial, second.key());

    assertThat(v.failure()).isEmpty();
    assertThat(v.contributions())
        .extracting(CheckedContribution::name)
        .containsExactly("alice", "bob");
    assertThat(v.contributions().get(0).hash()).isEqualTo(first.contributionHash());
    assertThat(v.contributions().get(1).hash()).isEqualTo(second.contributionHash());
  }

  @Test
  void acceptsTheInitialKeyWithNoContributions() {
    Phase2Verification v = Phase2Verifier.verify(initial, initial);

    assertThat(v.passed()).isTrue();
    assertThat(v.contributions()).isEmpty();
  }

  @Test
  void refusesAKeyOfAnotherCircuitOfTheSameShape() throws BinaryFormatException {
    CircuitBuilder api = new CircuitBuilder();
    Variable out = api.publicInput("out");
    Variable x = api.privateInput("x");
    api.assertEqual(api.mul(x, x, "square"), out, "out");
    CircuitBuilder api2 = new CircuitBuilder();
    Variable out2 = api2.publicInput("out");
    Variable x2 = api2.privateInput("x");
    api2.assertEqual(api2.mul(x2, x2, "square").scale(Fr.of(2)), out2, "out");

    ProvingKey other = phase2(api2.build());

    assertThat(Phase2Verifier.verify(phase2(api.build()), other).failure().orElseThrow().reason())
        .isEqualTo(Reason.CIRCUIT_HASH);
  }

  @Test
  void refusesAKeyOfACircuitOfAnotherShape() throws BinaryFormatException {
    CircuitBuilder api = new CircuitBuilder();
    Variable out = api.publicInput("out");
    Variable x = api.privateInput("x");
    api.assertEqual(api.mul(x, x, "square"), out, "out");

    assertThat(
            Phase2Verifier.verify(phase2(api.build()), second.key())
                .failure()
                .orElseThrow()
                .reason())
        .isEqualTo(Reason.SHAPE);
  }

  @Test
  void refusesTheInsecureDevelopmentKeyOfTheSameCircuit() {
    ProvingKey dev = DevelopmentSetup.insecure(cs, bytes("seed"));

    assertThat(Phase2Verifier.verify(initial, dev).failure().orElseThrow().reason())
        .isEqualTo(Reason.CIRCUIT_HASH);
  }

  @Test
  void refusesAChainWithAContributionLeftOut() {
    // bob's contribution, replayed on the initial key without alice's before it.
    CeremonyTranscript t = second.key().transcript();
    Phase2Contribution bob = t.contributions().get(1);
    ProvingKey k =
        withTranscript(second.key(), new CeremonyTranscript(t.circuitHash(), List.of(bob)));

    assertThat(Phase2Verifier.verify(initial, k).failure().orElseThrow().reason())
        .isEqualTo(Reason.TRANSCRIPT);
  }

  @Test
  void refusesADeltaThatNoContributionMade() {
    ProvingKey k = second.key();
    G1 forged = k.delta1().multiply(Fr.of(5)).toAffine();
    ProvingKey bad =
        k.withDelta(
            forged,
            k.verifyingKey().delta2().multiply(Fr.of(5)).toAffine(),
            k.lArray(),
            k.hArray(),
            k.transcript());

    assertThat(Phase2Verifier.verify(initial, bad).failure().orElseThrow().reason())
        .isEqualTo(Reason.DELTA);
  }

  @Test
  void refusesLPointsThatWereNotDividedByTheContributions() {
    ProvingKey k = second.key();
    G1[] l = k.lArray().clone();
    l[l.length / 2] = l[l.length / 2].add(G1.GENERATOR).toAffine();
    ProvingKey bad =
        k.withDelta(k.delta1(), k.verifyingKey().delta2(), l, k.hArray(), k.transcript());

    assertThat(Phase2Verifier.verify(initial, bad).failure().orElseThrow().reason())
        .isEqualTo(Reason.L_QUERY);
  }

  @Test
  void refusesHPointsThatWereNotDividedByTheContributions() {
    ProvingKey k = second.key();
    ProvingKey bad =
        k.withDelta(
            k.delta1(), k.verifyingKey().delta2(), k.lArray(), initial.hArray(), k.transcript());

    assertThat(Phase2Verifier.verify(initial, bad).failure().orElseThrow().reason())
        .isEqualTo(Reason.H_QUERY);
  }

  private static ProvingKey withTranscript(ProvingKey k, CeremonyTranscript t) {
    return k.withDelta(k.delta1(), k.verifyingKey().delta2(), k.lArray(), k.hArray(), t);
  }
}
