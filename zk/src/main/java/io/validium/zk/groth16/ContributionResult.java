package io.validium.zk.groth16;

import java.util.Objects;

/**
 * A proving key after a phase-2 contribution, and the contribution's hash (BLAKE2b-512 of its
 * public key and transcript) that snarkjs prints and that the contributor publishes.
 *
 * @param key the updated key
 * @param contributionHash the 64-byte contribution hash
 */
public record ContributionResult(ProvingKey key, byte[] contributionHash) {

  /** Copies the hash. */
  public ContributionResult {
    Objects.requireNonNull(key, "key");
    contributionHash = contributionHash.clone();
  }

  @Override
  public byte[] contributionHash() {
    return contributionHash.clone();
  }
}
