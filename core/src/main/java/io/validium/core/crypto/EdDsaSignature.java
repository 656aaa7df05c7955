package io.validium.core.crypto;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An EdDSA-Poseidon signature (R8, S) as circomlibjs and the circuit encode it, unvalidated.
 *
 * <p>Any values are accepted here, because a signature usually arrives from outside; {@link
 * EdDsaPublicKey#verify} rejects an R8 off the curve and an S outside [0, l).
 *
 * @param r8x x coordinate of the commitment R8 = r·B8
 * @param r8y y coordinate of R8
 * @param s the response S = r + h·s mod l
 */
public record EdDsaSignature(Fr r8x, Fr r8y, BigInteger s) {

  /** Rejects only nulls. */
  public EdDsaSignature {
    Objects.requireNonNull(r8x, "r8x");
    Objects.requireNonNull(r8y, "r8y");
    Objects.requireNonNull(s, "s");
  }
}
