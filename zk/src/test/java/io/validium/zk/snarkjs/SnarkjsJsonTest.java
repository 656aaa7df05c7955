package io.validium.zk.snarkjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerificationResult.Reason;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.testing.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SnarkjsJsonTest {

  private static final String VK = Fixtures.text(Fixtures.TRANSFER + "vk.json");
  private static final String PROOF = Fixtures.text(Fixtures.TRANSFER + "proof.json");
  private static final String PUBLIC = Fixtures.text(Fixtures.TRANSFER + "public.json");
  private static final String Q = Fq.MODULUS.toString();
  private static final String BETA_X_C0 =
      "\"21099008750381699762380277240680776410598591186327930946145348371161640482064\"";

  @Test
  void readsTheTransferFixtureAsJacksonDoes() {
    assertThat(SnarkjsJson.readVerifyingKey(VK)).isEqualTo(Fixtures.transferKey());
    assertThat(SnarkjsJson.readProof(PROOF)).isEqualTo(Fixtures.transferProof());
    assertThat(SnarkjsJson.readPublicSignals(PUBLIC)).isEqualTo(Fixtures.transferSignals());
  }

  @Test
  void writesTheFixtureFilesBackByteForByte() {
    assertThat(SnarkjsJson.writeVerifyingKey(SnarkjsJson.readVerifyingKey(VK))).isEqualTo(VK);
    assertThat(SnarkjsJson.writeProof(SnarkjsJson.readProof(PROOF))).isEqualTo(PROOF);
    assertThat(SnarkjsJson.writePublicSignals(SnarkjsJson.readPublicSignals(PUBLIC)))
        .isEqualTo(PUBLIC);
  }

  @Test
  void writesAComputedAlphaBetaEqualToSnarkjs() {
    VerifyingKey read = SnarkjsJson.readVerifyingKey(VK);
    VerifyingKey computed =
        VerifyingKey.of(read.alpha1(), read.beta2(), read.gamma2(), read.delta2(), read.ic());
    assertThat(SnarkjsJson.writeVerifyingKey(computed)).isEqualTo(VK);
  }

  @Test
  void computesAlphaBetaWhenTheKeyOmitsIt() {
    String withoutAlphaBeta = VK.replaceFirst("(?s) \"vk_alphabeta_12\": \\[.*?\\n \\],\\n", "");
    assertThat(withoutAlphaBeta).doesNotContain("vk_alphabeta_12");
    assertThat(SnarkjsJson.readVerifyingKey(withoutAlphaBeta))
        .isEqualTo(SnarkjsJson.readVerifyingKey(VK));
  }

  @Test
  void verifiesWhatItReads() {
    assertThat(
            Groth16Verifier.verify(
                    SnarkjsJson.readVerifyingKey(VK),
                    SnarkjsJson.readPublicSignals(PUBLIC),
                    SnarkjsJson.readProof(PROOF))
                .isValid())
        .isTrue();
  }

  @Test
  void readsPointsOffTheCurveSoTheVerifierCanNameThem() {
    String firstX = Fixtures.json(Fixtures.TRANSFER + "proof.json").get("pi_a").get(0).asText();
    Proof moved = SnarkjsJson.readProof(PROOF.replace(firstX, "5"));
    assertThat(moved.a().isOnCurve()).isFalse();
    assertThat(
            Groth16Verifier.verify(
                    SnarkjsJson.readVerifyingKey(VK), SnarkjsJson.readPublicSignals(PUBLIC), moved)
                .reason())
        .isEqualTo(Reason.POINT_NOT_ON_CURVE);
  }

  @Test
  void readsAndWritesPointsAtInfinityInSnarkjsEncoding() {
    Proof proof = new Proof(G1.INFINITY, G2.INFINITY, G1.GENERATOR);
    String json = SnarkjsJson.writeProof(proof);
    assertThat(json).startsWith("{\n \"pi_a\": [\n  \"0\",\n  \"1\",\n  \"0\"\n ],");
    assertThat(SnarkjsJson.readProof(json)).isEqualTo(proof);
  }

  @Test
  void keepsPublicSignalsAboveTheScalarFieldForTheVerifierToReject() {
    PublicSignals signals = SnarkjsJson.readPublicSignals("[\"" + Q + "\"]");
    assertThat(signals.get(0)).isEqualTo(Fq.MODULUS);
  }

  static Stream<Arguments> malformedKeys() {
    return Stream.of(
        Arguments.of(
            VK.replace(
                "\"2485693867774242268057473553243150962897963582683294955508173900752054184757\"",
                "\"" + Q + "\""),
            "vk.json: vk_beta_2[1][0] is not below the field modulus"),
        Arguments.of(
            VK.replace("\"groth16\"", "\"plonk\""), "vk.json: protocol must be \"groth16\""),
        Arguments.of(VK.replace("\"bn128\"", "\"bls12381\""), "vk.json: curve must be \"bn128\""),
        Arguments.of(
            VK.replace("\"nPublic\": 2", "\"nPublic\": 3"),
            "vk.json: nPublic is 3 but IC has 3 points (nPublic + 1)"),
        Arguments.of(
            VK.replace("\"nPublic\": 2", "\"nPublic\": 2.0"),
            "vk.json: nPublic must be a non-negative integer"),
        Arguments.of(VK.replace("\"IC\"", "\"ic\""), "vk.json: has an unexpected field \"ic\""),
        Arguments.of(
            VK.replace(
                BETA_X_C0,
                "21099008750381699762380277240680776410598591186327930946145348371161640482064"),
            "vk.json: vk_beta_2[0][0] must be a decimal string, not a number"),
        Arguments.of(
            VK.replace(
                BETA_X_C0,
                "\"0021099008750381699762380277240680776410598591186327930946145348371161640482064\""),
            "vk.json: vk_beta_2[0][0] must be a decimal string of digits without leading zeros"),
        Arguments.of(
            VK.replace(BETA_X_C0, "\"-1\""),
            "vk.json: vk_beta_2[0][0] must be a decimal string of digits without leading zeros"),
        Arguments.of(
            VK.replace("\"1\"\n ],\n \"vk_beta_2\"", "\"2\"\n ],\n \"vk_beta_2\""),
            "vk.json: vk_alpha_1[2] must be \"1\" (snarkjs writes affine points), or the point must be [\"0\", \"1\", \"0\"]"),
        Arguments.of(
            VK.replace("\"1\"\n ],\n \"vk_beta_2\"", "\"1\",\n  \"1\"\n ],\n \"vk_beta_2\""),
            "vk.json: vk_alpha_1 must have 3 elements, not 4"),
        Arguments.of(
            VK.substring(0, VK.length() - 1),
            "vk.json: is not valid JSON at line 99, column 1: expected ',' or '}'"),
        Arguments.of(
            VK.replace("\"curve\": \"bn128\",", "\"curve\": \"bn128\",\n \"curve\": \"bn128\","),
            "vk.json: is not valid JSON at line 4, column 2: duplicate member \"curve\""),
        Arguments.of("[]", "vk.json: must be an object, not an array"));
  }

  @ParameterizedTest
  @MethodSource("malformedKeys")
  void rejectsMalformedKeyNamingTheField(String json, String message) {
    assertThatThrownBy(() -> SnarkjsJson.readVerifyingKey(json))
        .isInstanceOf(SnarkjsFormatException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsKeyWithoutIC() {
    String withoutIc = VK.replaceFirst("(?s),\\n \"IC\": \\[.*\\]\\n}$", "\n}");
    assertThatThrownBy(() -> SnarkjsJson.readVerifyingKey(withoutIc))
        .isInstanceOf(SnarkjsFormatException.class)
        .hasMessage("vk.json: lacks the field \"IC\"");
  }

  static Stream<Arguments> malformedProofs() {
    return Stream.of(
        Arguments.of(
            PROOF.replace("[\n   \"1\",\n   \"0\"\n  ]", "[\n   \"0\",\n   \"1\"\n  ]"),
            "proof.json: pi_b[2] must be [\"1\", \"0\"] (snarkjs writes affine points), or the point must be [[\"0\", \"0\"], [\"1\", \"0\"], [\"0\", \"0\"]]"),
        Arguments.of(
            PROOF.replace("\"pi_c\"", "\"pi_d\""), "proof.json: has an unexpected field \"pi_d\""),
        Arguments.of(
            PROOF.replace("\"protocol\": \"groth16\",\n", ""),
            "proof.json: lacks the field \"protocol\""),
        Arguments.of(
            PROOF + "\n{}",
            "proof.json: is not valid JSON at line 29, column 1: unexpected content after the JSON value"),
        Arguments.of(
            PROOF.replace("]\n ],\n \"pi_c\"", "],\n ],\n \"pi_c\""),
            "proof.json: is not valid JSON at line 20, column 2: unexpected character ']'"));
  }

  @ParameterizedTest
  @MethodSource("malformedProofs")
  void rejectsMalformedProofNamingTheField(String json, String message) {
    assertThatThrownBy(() -> SnarkjsJson.readProof(json))
        .isInstanceOf(SnarkjsFormatException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> malformedSignals() {
    return Stream.of(
        Arguments.of("[1]", "public.json: [0] must be a decimal string, not a number"),
        Arguments.of(
            "[\"1\", \"01\"]",
            "public.json: [1] must be a decimal string of digits without leading zeros"),
        Arguments.of(
            "[\"1\" \"2\"]",
            "public.json: is not valid JSON at line 1, column 6: expected ',' or ']'"),
        Arguments.of("{}", "public.json: must be an array of decimal strings, not an object"),
        Arguments.of("[\"" + "9".repeat(79) + "\"]", "public.json: [0] has more than 78 digits"),
        Arguments.of(
            "[\"1\",]",
            "public.json: is not valid JSON at line 1, column 6: unexpected character ']'"));
  }

  @ParameterizedTest
  @MethodSource("malformedSignals")
  void rejectsMalformedPublicSignalsNamingTheEntry(String json, String message) {
    assertThatThrownBy(() -> SnarkjsJson.readPublicSignals(json))
        .isInstanceOf(SnarkjsFormatException.class)
        .hasMessage(message);
  }

  @Test
  void exceptionNamesDocumentAndLocation() {
    assertThatThrownBy(() -> SnarkjsJson.readPublicSignals("[\"x\"]"))
        .isInstanceOfSatisfying(
            SnarkjsFormatException.class,
            e -> {
              assertThat(e.document()).isEqualTo("public.json");
              assertThat(e.location()).isEqualTo("[0]");
            });
  }

  @Test
  void writesEmptySignalsAsAnEmptyArray() {
    assertThat(SnarkjsJson.writePublicSignals(new PublicSignals(List.of()))).isEqualTo("[]");
  }
}
