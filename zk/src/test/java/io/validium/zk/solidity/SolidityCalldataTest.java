package io.validium.zk.solidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.testing.Fixtures;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolidityCalldataTest {

  private final Proof proof = Fixtures.transferProof();
  private final PublicSignals signals = Fixtures.transferSignals();

  @Test
  void isTheSelectorThenTenWordsForTwoSignals() {
    byte[] calldata = SolidityCalldata.encode(proof, signals);
    assertThat(calldata).hasSize(4 + 10 * 32);
    assertThat(Arrays.copyOf(calldata, 4)).isEqualTo(SolidityCalldata.selector(2));
  }

  @Test
  void hashesTheCanonicalSignatureIntoTheSelector() {
    assertThat(SolidityCalldata.signature(2))
        .isEqualTo("verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[2])");
    // Keccak-256 of the signatures as js-sha3 computes them; solc agrees
    // (SolidityVerifierSolcTest).
    assertThat(HexFormat.of().formatHex(SolidityCalldata.selector(1))).isEqualTo("43753b4d");
    assertThat(HexFormat.of().formatHex(SolidityCalldata.selector(2))).isEqualTo("f5c9d69e");
    assertThat(HexFormat.of().formatHex(SolidityCalldata.selector(3))).isEqualTo("11479fea");
  }

  @Test
  void putsEachG2CoordinateImaginaryPartFirst() {
    List<BigInteger> words = SolidityCalldata.proofWords(proof);
    // proof.json's pi_b[0] is [x.c0, x.c1] = ["10932...", "19149..."].
    assertThat(words.get(2).toString()).startsWith("19149739391099464113");
    assertThat(words.get(3).toString()).startsWith("10932517797388367250");
    assertThat(words.get(4).toString()).startsWith("64315620286100076348");
    assertThat(words.get(5).toString()).startsWith("18830545448233508353");
  }

  @Test
  void writesWordsBigEndianAndPaddedInProofThenSignalOrder() {
    byte[] calldata = SolidityCalldata.encode(proof, signals);
    List<BigInteger> expected =
        List.of(
            proof.a().x().toBigInteger(),
            proof.a().y().toBigInteger(),
            proof.b().x().c1().toBigInteger(),
            proof.b().x().c0().toBigInteger(),
            proof.b().y().c1().toBigInteger(),
            proof.b().y().c0().toBigInteger(),
            proof.c().x().toBigInteger(),
            proof.c().y().toBigInteger(),
            signals.get(0),
            signals.get(1));
    for (int i = 0; i < expected.size(); i++) {
      byte[] word = Arrays.copyOfRange(calldata, 4 + 32 * i, 4 + 32 * (i + 1));
      assertThat(new BigInteger(1, word)).as("word %d", i).isEqualTo(expected.get(i));
    }
  }

  @Test
  void encodesSmallSignalsWithLeadingZerosAndTheLargestUint256InFull() {
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    byte[] calldata = SolidityCalldata.encode(proof, PublicSignals.of(BigInteger.ONE, max));
    byte[] one = Arrays.copyOfRange(calldata, 4 + 32 * 8, 4 + 32 * 9);
    byte[] all = Arrays.copyOfRange(calldata, 4 + 32 * 9, 4 + 32 * 10);
    assertThat(Arrays.copyOf(one, 31)).containsOnly((byte) 0);
    assertThat(one[31]).isEqualTo((byte) 1);
    assertThat(all).containsOnly((byte) 0xff);
  }

  @Test
  void writesThePointAtInfinityAsZeros() {
    Proof atInfinity = new Proof(G1.INFINITY, G2.INFINITY, proof.c());
    assertThat(SolidityCalldata.proofWords(atInfinity).subList(0, 6)).containsOnly(BigInteger.ZERO);
  }

  @Test
  void refusesASignalBeyond256BitsAndAnEmptySignalList() {
    assertThatThrownBy(
            () ->
                SolidityCalldata.encode(
                    proof, PublicSignals.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(256))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("public signal [1] does not fit in a uint256");
    assertThatThrownBy(() -> SolidityCalldata.encode(proof, PublicSignals.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
