package io.validium.zk.snarkjs;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.util.ArrayList;
import java.util.List;

/**
 * One phase-1 contribution as a .ptau file records it: the first powers after it (τ, α, β in G1, τ
 * and β in G2), the hash of the challenge it leads to, its type and name. The contributor's public
 * key and partial hash are checked for shape and curve membership but not kept.
 *
 * @param tauG1 [τ]_1 after the contribution
 * @param tauG2 [τ]_2 after the contribution
 * @param alphaG1 [α]_1 after the contribution
 * @param betaG1 [β]_1 after the contribution
 * @param betaG2 [β]_2 after the contribution
 * @param nextChallenge the 64-byte hash of the next challenge
 * @param type 0 for a contribution, 1 for a beacon
 * @param name the contributor's name, empty if none
 */
public record PtauContribution(
    G1 tauG1,
    G2 tauG2,
    G1 alphaG1,
    G1 betaG1,
    G2 betaG2,
    byte[] nextChallenge,
    int type,
    String name) {

  private static final int PARTIAL_HASH = 216;
  private static final int HASH = 64;

  /** Copies the challenge hash. */
  public PtauContribution {
    nextChallenge = nextChallenge.clone();
  }

  @Override
  public byte[] nextChallenge() {
    return nextChallenge.clone();
  }

  static List<PtauContribution> readAll(SectionReader s) throws BinaryFormatException {
    int n = s.u32("contribution count");
    // Points (3 + 6 G1, 2 + 3 G2), the hashes, the type and the parameter length.
    s.require(
        n,
        9L * Encoding.G1_BYTES + 5L * Encoding.G2_BYTES + PARTIAL_HASH + HASH + 8,
        "contributions");
    List<PtauContribution> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String c = "contribution " + (i + 1);
      G1 tauG1 = s.g1(c + " tauG1");
      G2 tauG2 = s.g2(c + " tauG2");
      G1 alphaG1 = s.g1(c + " alphaG1");
      G1 betaG1 = s.g1(c + " betaG1");
      G2 betaG2 = s.g2(c + " betaG2");
      for (int k = 0; k < 6; k++) {
        s.g1(c + " public key G1 point " + k);
      }
      for (int k = 0; k < 3; k++) {
        s.g2(c + " public key G2 point " + k);
      }
      s.bytes(PARTIAL_HASH, c + " partial hash");
      byte[] next = s.bytes(HASH, c + " next challenge");
      int type = s.u32(c + " type");
      ContributionParams p = ContributionParams.read(s, c);
      out.add(new PtauContribution(tauG1, tauG2, alphaG1, betaG1, betaG2, next, type, p.name()));
    }
    s.finish();
    return out;
  }
}
