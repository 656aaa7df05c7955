package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Verification agrees with circomlibjs' verifyPoseidon on every signature of the fixture. */
class EdDsaPoseidonFixtureTest {

  static List<BabyJubjubFixture.SignatureVector> signatures() {
    return BabyJubjubFixture.signatures();
  }

  @ParameterizedTest
  @MethodSource("signatures")
  void verifiesExactlyTheSignaturesCircomlibjsAccepts(BabyJubjubFixture.SignatureVector v) {
    EdDsaPublicKey key = new EdDsaPublicKey(v.publicKeyX(), v.publicKeyY());
    EdDsaSignature signature = new EdDsaSignature(v.r8x(), v.r8y(), v.s());
    assertThat(key.verify(v.message(), signature)).isEqualTo(v.valid());
  }

  @Test
  void fixtureHasBothValidAndInvalidSignatures() {
    assertThat(signatures()).hasSize(36);
    assertThat(signatures())
        .extracting(BabyJubjubFixture.SignatureVector::valid)
        .contains(true, false);
  }
}
