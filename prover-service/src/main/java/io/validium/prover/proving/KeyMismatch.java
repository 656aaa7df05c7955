package io.validium.prover.proving;

/**
 * Why a proving key does not fit the circuit, or not the verifying key expected on L1.
 *
 * @param reason what differs
 * @param detail both values, for the start-up error
 */
public record KeyMismatch(Reason reason, String detail) {

  /** The properties of a key that are checked, in the order they are. */
  public enum Reason {
    /** The key has another number of public signals. */
    PUBLIC_SIGNALS,
    /** The key has another number of wires. */
    WIRES,
    /** The key's evaluation domain is not the circuit's. */
    DOMAIN_SIZE,
    /** The key's A and B matrices are not the circuit's. */
    CONSTRAINTS,
    /** The verifying key is not the one configured (the one on L1). */
    VERIFYING_KEY
  }

  @Override
  public String toString() {
    return reason + ": " + detail;
  }
}
