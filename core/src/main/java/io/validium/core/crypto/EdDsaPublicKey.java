package io.validium.core.crypto;

import io.validium.core.field.Fr;
import java.util.Objects;

/**
 * An EdDSA-Poseidon public key A = (x, y), held as received: whether it is on the curve is checked
 * by {@link #verify}, which is where untrusted keys end up anyway.
 *
 * @param x x coordinate of A
 * @param y y coordinate of A
 */
public record EdDsaPublicKey(Fr x, Fr y) {

  /** Rejects only nulls. */
  public EdDsaPublicKey {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
  }

  /** The public key with the coordinates of {@code point}. */
  public static EdDsaPublicKey of(BabyJubjubPoint point) {
    return new EdDsaPublicKey(point.x(), point.y());
  }

  /**
   * Whether {@code signature} is a valid signature of {@code message} under this key, exactly as
   * circomlibjs' {@code verifyPoseidon} decides: S < l, A and R8 on the curve, and S·B8 = R8 +
   * (8h)·A with h = Poseidon(R8x, R8y, Ax, Ay, message). Never throws for malformed values.
   *
   * @throws NullPointerException if an argument is null
   */
  public boolean verify(Fr message, EdDsaSignature signature) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    return EdDsaPoseidon.verify(x, y, message, signature.r8x(), signature.r8y(), signature.s());
  }
}
