package io.validium.zk.groth16;

import java.util.Objects;

/** The outcome of a Groth16 verification: valid, or the first reason it is not, with details. */
public record VerificationResult(Reason reason, String detail) {

  /** Why a proof was accepted or rejected. */
  public enum Reason {
    /** The pairing equation holds. */
    VALID,
    /** The number of public signals differs from the key's nPublic. */
    WRONG_PUBLIC_INPUT_COUNT,
    /** A public signal is not below the scalar-field modulus r. */
    PUBLIC_INPUT_NOT_IN_FIELD,
    /** A point of the proof or key does not satisfy its curve equation. */
    POINT_NOT_ON_CURVE,
    /** A G2 point of the proof or key lies on the twist but outside the order-r subgroup. */
    POINT_NOT_IN_SUBGROUP,
    /** Everything is well formed, but the pairing equation does not hold. */
    INVALID_PROOF
  }

  static final VerificationResult VALID = new VerificationResult(Reason.VALID, "valid");

  /** Requires a reason and a detail. */
  public VerificationResult {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** Whether the proof was accepted. */
  public boolean isValid() {
    return reason == Reason.VALID;
  }

  static VerificationResult reject(Reason reason, String detail) {
    return new VerificationResult(reason, detail);
  }
}
