package io.validium.zk.solidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.zk.curve.CurveArbitraries;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq2;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolidityVerifierExporterTest {

  private final VerifyingKey vk = Fixtures.transferKey();

  @Test
  void exportsTheSameSourceEveryTime() {
    assertThat(SolidityVerifierExporter.export(vk)).isEqualTo(SolidityVerifierExporter.export(vk));
  }

  @Test
  void startsWithTheLicenseAndPragmaAndNamesTheDefaultContract() {
    String source = SolidityVerifierExporter.export(vk);
    assertThat(source)
        .startsWith("// SPDX-License-Identifier: Apache-2.0\n")
        .contains("\npragma solidity ^0.8.20;\n")
        .contains("\ncontract Groth16Verifier {\n");
  }

  @Test
  void namesTheContractAsAsked() {
    assertThat(SolidityVerifierExporter.export(vk, "TransferVerifier"))
        .contains("\ncontract TransferVerifier {\n")
        .doesNotContain("contract Groth16Verifier");
  }

  @Test
  void declaresVerifyProofForTheKeysTwoPublicInputs() {
    assertThat(SolidityVerifierExporter.export(vk))
        .contains(
            "    function verifyProof(\n"
                + "        uint256[2] calldata a,\n"
                + "        uint256[2][2] calldata b,\n"
                + "        uint256[2] calldata c,\n"
                + "        uint256[2] calldata input\n"
                + "    ) external view returns (bool) {\n");
  }

  @Test
  void embedsTheSnarkjsKeyAsDecimalsWithG2CoordinatesImaginaryPartFirst() {
    String source = SolidityVerifierExporter.export(vk);
    // vk.json's vk_beta_2 is [[x.c0, x.c1], [y.c0, y.c1], ...]; the precompile wants c1 first.
    assertThat(source)
        .contains(
            "ALPHA_X = 1502983203121774769270768692321981429601744221043772660482569185252940"
                + "6661242;")
        .contains(
            "BETA_X1 = 1931089443635900899656700552917299403428125898085755243036169962742545"
                + "4553536;")
        .contains(
            "BETA_X0 = 2109900875038169976238027724068077641059859118632793094614534837116164"
                + "0482064;")
        .contains(
            "BETA_Y1 = 2053877992409714438903793673152822727015403236769033674832712090963973"
                + "4367504;")
        .contains(
            "BETA_Y0 = 2485693867774242268057473553243150962897963582683294955508173900752054"
                + "184757;")
        .contains(
            "DELTA_X1 = 797981954180175749468150479418176842265256001764743194827404718985843"
                + "055620;")
        .contains(
            "IC2_Y = 156170189696121849625607789034443745597101218901117679408814173952388550"
                + "74117;");
  }

  @Test
  void addsOneMultiplicationPerPublicInputInOrder() {
    assertThat(SolidityVerifierExporter.export(vk))
        .contains(
            "        accumulate(l, IC1_X, IC1_Y, input[0]);\n"
                + "        accumulate(l, IC2_X, IC2_Y, input[1]);\n"
                + "        return pairingIsOne(a, b, c, l);\n");
  }

  @Test
  void callsNoContractButThePrecompiles() {
    String source = SolidityVerifierExporter.export(vk);
    assertThat(source)
        .doesNotContain("{{")
        .doesNotContain("import ")
        .doesNotContain("delegatecall");
    assertThat(source.split("staticcall\\(gas\\(\\), 0x0[678],", -1)).hasSize(4);
    assertThat(source.split("staticcall", -1)).hasSize(4);
  }

  @Test
  void refusesANameThatIsNotASolidityIdentifier() {
    assertThat(SolidityVerifierExporter.isContractName("_Transfer_Verifier2")).isTrue();
    for (String name : List.of("", "1Verifier", "My Verifier", "V;contract X", "Vérifier")) {
      assertThat(SolidityVerifierExporter.isContractName(name)).as(name).isFalse();
      assertThatThrownBy(() -> SolidityVerifierExporter.export(vk, name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("identifier");
    }
  }

  @Test
  void refusesAKeyWithoutPublicInputs() {
    VerifyingKey none =
        VerifyingKey.of(vk.alpha1(), vk.beta2(), vk.gamma2(), vk.delta2(), List.of(vk.ic().get(0)));
    assertThatThrownBy(() -> SolidityVerifierExporter.export(none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without public inputs");
  }

  @Test
  void refusesAKeyWithAnIcPointOffTheCurve() {
    List<G1> ic = new ArrayList<>(vk.ic());
    G1 p = ic.get(1);
    ic.set(1, G1.fromAffine(p.x(), p.y().add(Fq.ONE)));
    VerifyingKey bad = VerifyingKey.of(vk.alpha1(), vk.beta2(), vk.gamma2(), vk.delta2(), ic);
    assertThatThrownBy(() -> SolidityVerifierExporter.export(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("IC[1] is not on the curve");
  }

  @Test
  void refusesAKeyWithADeltaOutsideG2() {
    G2 outside = CurveArbitraries.twistPointFrom(Fq2.of(Fq.of(5), Fq.ONE));
    assertThat(outside.isOnCurve()).isTrue();
    assertThat(outside.isInSubgroup()).isFalse();
    VerifyingKey bad =
        VerifyingKey.of(vk.alpha1(), vk.beta2(), vk.gamma2(), outside, vk.ic(), vk.alphaBeta12());
    assertThatThrownBy(() -> SolidityVerifierExporter.export(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vk_delta_2 is not in the order-r subgroup G2");
  }
}
