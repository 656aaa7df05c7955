package io.validium.da.committee;

import io.validium.core.batch.BatchHeader;
import java.util.Arrays;
import java.util.Objects;

/**
 * One line of a member's signing log: the header it signed for a batch number, and the signature.
 */
public record SignedEntry(BatchHeader header, byte[] signature) {
  public SignedEntry {
    Objects.requireNonNull(header, "header");
    if (signature.length != EcdsaSignatures.BYTES) {
      throw new IllegalArgumentException("a signature has 65 bytes, not " + signature.length);
    }
    signature = signature.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedEntry e
        && e.header.equals(header)
        && Arrays.equals(e.signature, signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, Arrays.hashCode(signature));
  }
}
