package io.validium.zk.snarkjs;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.CeremonyTranscript;
import io.validium.zk.groth16.Phase2Contribution;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 10 of a zkey: the circuit hash, then each contribution as δ after it, its public key (s,
 * x·s, x·hashToG2(transcript)), its transcript, its type and its tagged parameters.
 */
final class ZkeyContributions {

  private static final int HASH_BYTES = 64;

  /** Three G1 points, one G2 point, the transcript, the type and the parameter length. */
  private static final int MIN_CONTRIBUTION_BYTES =
      3 * Encoding.G1_BYTES + Encoding.G2_BYTES + HASH_BYTES + 8;

  private ZkeyContributions() {}

  static CeremonyTranscript read(SectionReader s) throws BinaryFormatException {
    byte[] csHash = s.bytes(HASH_BYTES, "circuit hash");
    int n = s.u32("contribution count");
    s.require(n, MIN_CONTRIBUTION_BYTES, "contributions");
    List<Phase2Contribution> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String c = "contribution " + (i + 1);
      G1 deltaAfter = s.g1(c + " deltaAfter");
      G1 g1S = s.g1(c + " g1_s");
      G1 g1Sx = s.g1(c + " g1_sx");
      G2 g2Spx = s.g2(c + " g2_spx");
      byte[] transcript = s.bytes(HASH_BYTES, c + " transcript");
      int type = s.u32(c + " type");
      ContributionParams p = ContributionParams.read(s, c);
      out.add(
          new Phase2Contribution(
              deltaAfter,
              g1S,
              g1Sx,
              g2Spx,
              transcript,
              type,
              p.name(),
              p.iterations(),
              p.beaconHash()));
    }
    s.finish();
    return new CeremonyTranscript(csHash, out);
  }

  static void write(LeOutput out, CeremonyTranscript t) {
    out.bytes(t.circuitHash());
    out.u32(t.contributions().size());
    for (Phase2Contribution c : t.contributions()) {
      Encoding.writeG1(out, c.deltaAfter());
      Encoding.writeG1(out, c.g1S());
      Encoding.writeG1(out, c.g1Sx());
      Encoding.writeG2(out, c.g2Spx());
      out.bytes(c.transcript());
      out.u32(c.type());
      ContributionParams.write(out, c.name(), c.type(), c.beaconIterationsExp(), c.beaconHash());
    }
  }
}
