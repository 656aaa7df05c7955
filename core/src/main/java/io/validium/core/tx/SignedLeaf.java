package io.validium.core.tx;

import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;

/** The batch-commitment leaf of a signed transaction: {@code H(M, R8x, R8y, S)}. */
final class SignedLeaf {
  private SignedLeaf() {}

  static Fr of(Fr message, EdDsaSignature signature) {
    return Poseidon.hash(
        message, signature.r8x(), signature.r8y(), Fr.fromBigInteger(signature.s()));
  }
}
