package io.validium.zk.groth16;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a phase-2 key: the first failure found, if any, and the contributions
 * that were checked (all of them when there is no failure), each with the hash its contributor
 * published.
 *
 * @param failure why the key is refused, empty if it passed every check
 * @param contributions the contributions checked, oldest first
 */
public record Phase2Verification(
    Optional<Failure> failure, List<CheckedContribution> contributions) {

  /** Copies the list. */
  public Phase2Verification {
    Objects.requireNonNull(failure, "failure");
    contributions = List.copyOf(contributions);
  }

  /** Whether the key passed every check. */
  public boolean passed() {
    return failure.isEmpty();
  }

  /** Which check refused the key. */
  public enum Reason {
    /** Wires, public signals or domain differ from the circuit's. */
    SHAPE,
    /** The recorded circuit hash is not that of this circuit and these phase-1 parameters. */
    CIRCUIT_HASH,
    /** A point that no contribution may change (α, β, γ, IC, A, B) differs from phase 2's. */
    FIXED_POINTS,
    /** The recorded A and B matrix entries are not the circuit's. */
    COEFFICIENTS,
    /** A contribution's transcript is not the hash of the ceremony before it. */
    TRANSCRIPT,
    /** A contribution's public key does not prove knowledge of one secret x. */
    PUBLIC_KEY,
    /** δ after a contribution is not δ before it times the contribution's x. */
    DELTA_CHAIN,
    /** The key's δ is not the last contribution's, or its G1 and G2 halves disagree. */
    DELTA,
    /** The L points are not the circuit's divided by δ. */
    L_QUERY,
    /** The H points are not phase 1's divided by δ. */
    H_QUERY
  }

  /**
   * Why a key was refused.
   *
   * @param reason the check that failed
   * @param detail one sentence for a person
   */
  public record Failure(Reason reason, String detail) {}

  /**
   * One checked contribution.
   *
   * @param position 1 for the first contribution
   * @param name the name its contributor gave, possibly empty
   * @param beacon whether it is a random beacon (type 1) rather than a contribution
   * @param hash the 64-byte contribution hash
   */
  public record CheckedContribution(int position, String name, boolean beacon, byte[] hash) {

    /** Copies the hash. */
    public CheckedContribution {
      hash = hash.clone();
    }

    @Override
    public byte[] hash() {
      return hash.clone();
    }
  }
}
