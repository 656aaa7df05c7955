package io.validium.zk.groth16;

import java.util.ArrayList;
import java.util.List;

/**
 * The phase-2 record of a proving key: the 64-byte BLAKE2b hash that pins the circuit and the
 * phase-1 parameters (snarkjs's csHash), and every contribution since, oldest first.
 *
 * @param circuitHash the csHash of the initial key
 * @param contributions the contributions in order
 */
public record CeremonyTranscript(byte[] circuitHash, List<Phase2Contribution> contributions) {

  /** Copies the hash and the list; the hash must have 64 bytes. */
  public CeremonyTranscript {
    circuitHash = circuitHash.clone();
    contributions = List.copyOf(contributions);
    if (circuitHash.length != 64) {
      throw new IllegalArgumentException("the circuit hash is a 64-byte BLAKE2b digest");
    }
  }

  @Override
  public byte[] circuitHash() {
    return circuitHash.clone();
  }

  /** This transcript with {@code c} appended. */
  public CeremonyTranscript with(Phase2Contribution c) {
    List<Phase2Contribution> all = new ArrayList<>(contributions);
    all.add(c);
    return new CeremonyTranscript(circuitHash, all);
  }
}
