package io.validium.zk.groth16;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.util.Objects;

/**
 * One contribution to a Groth16 phase-2 ceremony, as a snarkjs zkey records it: the new δ in G1 and
 * the contributor's public key (s, s·x in G1 and the transcript-derived point times x in G2), which
 * lets anyone check that δ was multiplied by the x the key commits to.
 *
 * @param deltaAfter δ·G1 after this contribution
 * @param g1S a random G1 point s
 * @param g1Sx x·s
 * @param g2Spx x·hashToG2(transcript)
 * @param transcript BLAKE2b-512 of the circuit hash, earlier public keys, s and x·s
 * @param type 0 for a contribution, 1 for a random beacon
 * @param name the contributor's name, empty if none
 * @param beaconIterationsExp for a beacon, log2 of the hash iterations; else 0
 * @param beaconHash for a beacon, its hash; else empty
 */
public record Phase2Contribution(
    G1 deltaAfter,
    G1 g1S,
    G1 g1Sx,
    G2 g2Spx,
    byte[] transcript,
    int type,
    String name,
    int beaconIterationsExp,
    byte[] beaconHash) {

  /** Copies the byte arrays and requires the points and a 64-byte transcript. */
  public Phase2Contribution {
    Objects.requireNonNull(deltaAfter, "deltaAfter");
    Objects.requireNonNull(g1S, "g1S");
    Objects.requireNonNull(g1Sx, "g1Sx");
    Objects.requireNonNull(g2Spx, "g2Spx");
    Objects.requireNonNull(name, "name");
    transcript = transcript.clone();
    beaconHash = beaconHash.clone();
    if (transcript.length != 64) {
      throw new IllegalArgumentException("the transcript is a 64-byte BLAKE2b digest");
    }
  }

  @Override
  public byte[] transcript() {
    return transcript.clone();
  }

  @Override
  public byte[] beaconHash() {
    return beaconHash.clone();
  }
}
