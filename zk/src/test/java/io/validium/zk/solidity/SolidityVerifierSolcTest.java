package io.validium.zk.solidity;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.curve.G1;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.testing.Fixtures;
import io.validium.zk.testing.evm.EvmToolchain;
import io.validium.zk.testing.evm.Solc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exported source as the pinned solc sees it. */
class SolidityVerifierSolcTest {

  private final VerifyingKey vk = Fixtures.transferKey();

  @Test
  void compilesWithoutErrorsOrWarnings() {
    Solc.Output out = compile(vk, "Groth16Verifier");
    assertThat(out.errors()).isEmpty();
    assertThat(out.warnings()).isEmpty();
    assertThat(out.contract("Groth16Verifier").bytecode()).isNotEmpty();
  }

  @Test
  void exposesOnlyVerifyProofWithTheSelectorThatCalldataUses() {
    Solc.Contract contract = compile(vk, "Groth16Verifier").contract("Groth16Verifier");
    String signature = SolidityCalldata.signature(2);
    assertThat(contract.selectors().keySet()).containsExactly(signature);
    assertThat(contract.selectors().get(signature))
        .isEqualTo(HexFormat.of().formatHex(SolidityCalldata.selector(2)));
  }

  @Test
  void compilesCleanlyForOneAndForManyPublicInputs() {
    for (int n : new int[] {1, 9}) {
      Solc.Output out = compile(keyWithInputs(n), "Verifier" + n);
      assertThat(out.errors()).as("errors for %d inputs", n).isEmpty();
      assertThat(out.warnings()).as("warnings for %d inputs", n).isEmpty();
      assertThat(out.contract("Verifier" + n).selectors())
          .containsOnlyKeys(SolidityCalldata.signature(n));
    }
  }

  private static Solc.Output compile(VerifyingKey key, String name) {
    return Solc.compile(
        EvmToolchain.require(), name + ".sol", SolidityVerifierExporter.export(key, name));
  }

  /** The fixture key with its IC cut or extended by multiples of the generator. */
  private VerifyingKey keyWithInputs(int n) {
    List<G1> ic = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      ic.add(
          i < vk.ic().size() ? vk.ic().get(i) : G1.GENERATOR.multiply(BigInteger.valueOf(i + 7)));
    }
    return VerifyingKey.of(vk.alpha1(), vk.beta2(), vk.gamma2(), vk.delta2(), ic);
  }
}
