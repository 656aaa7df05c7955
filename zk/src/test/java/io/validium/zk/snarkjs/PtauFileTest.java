package io.validium.zk.snarkjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.Phase1Parameters;
import io.validium.zk.pairing.Pairing;
import io.validium.zk.poly.RootsOfUnity;
import io.validium.zk.testing.Fixtures;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PtauFileTest {

  private static final byte[] POT12 = Fixtures.bytes("ptau/pot12_final.ptau");

  private static PtauFile pot12() throws BinaryFormatException {
    return PtauFile.parse("pot12_final.ptau", ByteBuffer.wrap(POT12));
  }

  @Test
  void readsTheHeaderAndTheOneContributionOfTheFixture() throws BinaryFormatException {
    PtauFile ptau = pot12();

    assertThat(ptau.power()).isEqualTo(12);
    assertThat(ptau.ceremonyPower()).isEqualTo(12);
    assertThat(ptau.isPreparedForPhase2()).isTrue();
    assertThat(ptau.contributions()).hasSize(1);
    assertThat(ptau.contributions().get(0).tauG1()).isEqualTo(ptau.tauG1(1, 1).get(0));
  }

  @Test
  void powersShareOneTauAcrossGroupsAndAlphaBetaFollowIt() throws BinaryFormatException {
    PtauFile ptau = pot12();
    List<G1> tau1 = ptau.tauG1(0, 3);
    List<G2> tau2 = ptau.tauG2(0, 2);

    assertThat(tau1.get(0)).isEqualTo(G1.GENERATOR);
    // e(τ²·G1, G2) = e(τ·G1, τ·G2) ties the G1 and G2 powers to the same τ.
    assertThat(Pairing.pair(tau1.get(2), tau2.get(0)))
        .isEqualTo(Pairing.pair(tau1.get(1), tau2.get(1)));
    assertThat(Pairing.pair(ptau.alphaTauG1(1, 1).get(0), tau2.get(0)))
        .isEqualTo(Pairing.pair(ptau.alphaTauG1(0, 1).get(0), tau2.get(1)));
    assertThat(Pairing.pair(ptau.betaTauG1(0, 1).get(0), G2.GENERATOR))
        .isEqualTo(Pairing.pair(G1.GENERATOR, ptau.betaG2()));
  }

  @Test
  void lagrangeSectionsAreTheInverseTransformOfThePowers() throws BinaryFormatException {
    int n = 8;
    Phase1Parameters p = pot12().phase1(n);
    List<G1> powers = pot12().tauG1(0, 2 * n);

    for (int j = 0; j < n; j++) {
      assertThat(p.tauLagrange1().get(j)).isEqualTo(lagrange(powers, n, j));
      assertThat(p.oddLagrange1().get(j)).isEqualTo(lagrange(powers, 2 * n, 2 * j + 1));
    }
    assertThat(p.tauPowers1()).isEqualTo(powers.subList(0, 2 * n - 1));
  }

  /** [L_j(τ)]_1 = (1/m)·Σ_i ω^(-ij)·[τ^i]_1 for the m-domain. */
  private static G1 lagrange(List<G1> powers, int m, int j) {
    Fr wInv = RootsOfUnity.primitive(Integer.numberOfTrailingZeros(m)).inverse();
    Fr mInv = Fr.of(m).inverse();
    G1 acc = G1.INFINITY;
    for (int i = 0; i < m; i++) {
      acc = acc.add(powers.get(i).multiply(wInv.pow(BigInteger.valueOf((long) i * j)).mul(mInv)));
    }
    return acc;
  }

  @Test
  void truncatedFileNamesTheSectionItCuts() {
    byte[] cut = Arrays.copyOf(POT12, POT12.length - 1000);

    assertThatThrownBy(() -> PtauFile.parse("pot12.ptau", ByteBuffer.wrap(cut)))
        .isInstanceOf(BinaryFormatException.class)
        .hasMessageStartingWith(
            "pot12.ptau: section 15 (lagrange betaTauG1) ends at byte " + (POT12.length))
        .hasMessageEndingWith("but the file has " + cut.length);
  }

  @Test
  void pointOffTheCurveIsReportedWithItsSectionAndIndex() throws BinaryFormatException {
    byte[] bad = POT12.clone();
    // Section 2 (tauG1) starts after the 12-byte preamble, the header section (12 + 44 bytes)
    // and its own 12-byte header; point 1's y is 64 + 32 bytes in.
    int point1y = 12 + 12 + 44 + 12 + 64 + 32;
    bad[point1y] ^= 1;
    PtauFile ptau = PtauFile.parse("bad.ptau", ByteBuffer.wrap(bad));

    assertThatThrownBy(() -> ptau.tauG1(0, 2))
        .isInstanceOf(BinaryFormatException.class)
        .hasMessageContaining("bad.ptau: section 2 (tauG1)")
        .hasMessageContaining("point 1: the point is not on the curve");
  }

  @Test
  void domainLargerThanTheFileIsRefused() {
    assertThatThrownBy(() -> pot12().phase1(1 << 13))
        .isInstanceOf(BinaryFormatException.class)
        .hasMessageContaining("domain size 8192 needs a power of two up to 2^12");
  }
}
