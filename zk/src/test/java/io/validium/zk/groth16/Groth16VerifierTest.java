package io.validium.zk.groth16;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.CurveArbitraries;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq12;
import io.validium.zk.field.Fq2;
import io.validium.zk.groth16.VerificationResult.Reason;
import io.validium.zk.testing.Fixtures;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The verifier against the snarkjs-transfer fixture, an independent snarkjs 0.7.6 proof. */
class Groth16VerifierTest {

  private static final VerifyingKey VK = Fixtures.transferKey();
  private static final Proof PROOF = Fixtures.transferProof();
  private static final PublicSignals SIGNALS = Fixtures.transferSignals();

  @Test
  void acceptsTheSnarkjsTransferProof() {
    VerificationResult result = Groth16Verifier.verify(VK, SIGNALS, PROOF);
    assertThat(result.reason()).isEqualTo(Reason.VALID);
    assertThat(result.isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void rejectsProofWithChangedPublicSignal(int index) {
    BigInteger changed = SIGNALS.get(index).add(BigInteger.ONE).mod(Bn254.ORDER);
    assertThat(Groth16Verifier.verify(VK, SIGNALS.with(index, changed), PROOF).reason())
        .isEqualTo(Reason.INVALID_PROOF);
  }

  @Test
  void rejectsProofWithSwappedPublicSignals() {
    PublicSignals swapped = PublicSignals.of(SIGNALS.get(1), SIGNALS.get(0));
    assertThat(Groth16Verifier.verify(VK, swapped, PROOF).reason()).isEqualTo(Reason.INVALID_PROOF);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void rejectsPublicSignalThatIsOnlyEqualModuloR(int index) {
    BigInteger aliased = SIGNALS.get(index).add(Bn254.ORDER);
    VerificationResult result = Groth16Verifier.verify(VK, SIGNALS.with(index, aliased), PROOF);
    assertThat(result.reason()).isEqualTo(Reason.PUBLIC_INPUT_NOT_IN_FIELD);
    assertThat(result.detail()).contains("[" + index + "]");
  }

  @Test
  void rejectsWrongNumberOfPublicSignals() {
    PublicSignals tooMany = PublicSignals.of(SIGNALS.get(0), SIGNALS.get(1), BigInteger.ONE);
    PublicSignals tooFew = PublicSignals.of(SIGNALS.get(0));
    assertThat(Groth16Verifier.verify(VK, tooMany, PROOF).reason())
        .isEqualTo(Reason.WRONG_PUBLIC_INPUT_COUNT);
    assertThat(Groth16Verifier.verify(VK, tooFew, PROOF).reason())
        .isEqualTo(Reason.WRONG_PUBLIC_INPUT_COUNT);
  }

  static Stream<Arguments> changedCoordinates() {
    UnaryOperator<Fq> bump = x -> x.add(Fq.ONE);
    G1 a = PROOF.a();
    G1 c = PROOF.c();
    G2 b = PROOF.b();
    return Stream.of(
        Arguments.of("pi_a.x", proof(G1.fromAffine(bump.apply(a.x()), a.y()), b, c)),
        Arguments.of("pi_a.y", proof(G1.fromAffine(a.x(), bump.apply(a.y())), b, c)),
        Arguments.of("pi_c.x", proof(a, b, G1.fromAffine(bump.apply(c.x()), c.y()))),
        Arguments.of("pi_c.y", proof(a, b, G1.fromAffine(c.x(), bump.apply(c.y())))),
        Arguments.of("pi_b.x.c0", proof(a, G2.fromAffine(bumpC0(b.x()), b.y()), c)),
        Arguments.of("pi_b.x.c1", proof(a, G2.fromAffine(bumpC1(b.x()), b.y()), c)),
        Arguments.of("pi_b.y.c0", proof(a, G2.fromAffine(b.x(), bumpC0(b.y())), c)),
        Arguments.of("pi_b.y.c1", proof(a, G2.fromAffine(b.x(), bumpC1(b.y())), c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changedCoordinates")
  void rejectsProofWithAnyCoordinateChanged(String coordinate, Proof changed) {
    VerificationResult result = Groth16Verifier.verify(VK, SIGNALS, changed);
    assertThat(result.reason()).isEqualTo(Reason.POINT_NOT_ON_CURVE);
    assertThat(result.detail()).startsWith(coordinate.substring(0, 4));
  }

  @Test
  void rejectsValidPointsThatDoNotSatisfyTheEquation() {
    List<Proof> wrong =
        List.of(
            proof(PROOF.a().doubled(), PROOF.b(), PROOF.c()),
            proof(PROOF.a(), PROOF.b().negate(), PROOF.c()),
            proof(PROOF.c(), PROOF.b(), PROOF.a()),
            proof(PROOF.a(), PROOF.b(), PROOF.c().add(G1.GENERATOR)),
            proof(G1.INFINITY, PROOF.b(), PROOF.c()));
    for (Proof p : wrong) {
      assertThat(Groth16Verifier.verify(VK, SIGNALS, p).reason()).isEqualTo(Reason.INVALID_PROOF);
    }
  }

  @Test
  void rejectsProofWithG2PointOutsideTheSubgroup() {
    G2 outside = CurveArbitraries.twistPointFrom(PROOF.b().x().add(Fq2.ONE));
    assertThat(outside.isOnCurve()).isTrue();
    VerificationResult result =
        Groth16Verifier.verify(VK, SIGNALS, proof(PROOF.a(), outside, PROOF.c()));
    assertThat(result.reason()).isEqualTo(Reason.POINT_NOT_IN_SUBGROUP);
    assertThat(result.detail()).startsWith("pi_b");
  }

  @Test
  void rejectsKeyWithG2PointOutsideTheSubgroup() {
    G2 outside = CurveArbitraries.twistPointFrom(Fq2.ONE);
    VerifyingKey vk =
        VerifyingKey.of(VK.alpha1(), VK.beta2(), VK.gamma2(), outside, VK.ic(), VK.alphaBeta12());
    VerificationResult result = Groth16Verifier.verify(vk, SIGNALS, PROOF);
    assertThat(result.reason()).isEqualTo(Reason.POINT_NOT_IN_SUBGROUP);
    assertThat(result.detail()).startsWith("vk_delta_2");
  }

  @Test
  void rejectsKeyWithICPointOffTheCurve() {
    List<G1> ic = new ArrayList<>(VK.ic());
    G1 moved = G1.fromAffine(ic.get(1).x(), ic.get(1).y().add(Fq.ONE));
    ic.set(1, moved);
    VerifyingKey vk =
        VerifyingKey.of(VK.alpha1(), VK.beta2(), VK.gamma2(), VK.delta2(), ic, VK.alphaBeta12());
    VerificationResult result = Groth16Verifier.verify(vk, SIGNALS, PROOF);
    assertThat(result.reason()).isEqualTo(Reason.POINT_NOT_ON_CURVE);
    assertThat(result.detail()).startsWith("IC[1]");
  }

  @Test
  void doesNotTrustTheAlphaBetaAKeyStates() {
    VerifyingKey misstated =
        VerifyingKey.of(VK.alpha1(), VK.beta2(), VK.gamma2(), VK.delta2(), VK.ic(), Fq12.ONE);
    assertThat(Groth16Verifier.verify(misstated, SIGNALS, PROOF).reason()).isEqualTo(Reason.VALID);
  }

  @Test
  void keyOfTheFixtureStatesItsOwnAlphaBeta() {
    VerifyingKey computed =
        VerifyingKey.of(VK.alpha1(), VK.beta2(), VK.gamma2(), VK.delta2(), VK.ic());
    assertThat(computed).isEqualTo(VK);
    assertThat(VK.publicInputCount()).isEqualTo(2);
  }

  private static Proof proof(G1 a, G2 b, G1 c) {
    return new Proof(a, b, c);
  }

  private static Fq2 bumpC0(Fq2 x) {
    return Fq2.of(x.c0().add(Fq.ONE), x.c1());
  }

  private static Fq2 bumpC1(Fq2 x) {
    return Fq2.of(x.c0(), x.c1().add(Fq.ONE));
  }
}
