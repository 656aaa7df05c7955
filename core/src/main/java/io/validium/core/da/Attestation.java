package io.validium.core.da;

import io.validium.core.batch.BatchHeader;
import java.util.Arrays;
import java.util.Objects;

/**
 * A member's signed statement that it holds a batch's data and re-executed it to the header's new
 * root; {@code signer} and {@code signature} are in the scheme's own format.
 */
public record Attestation(String scheme, BatchHeader header, byte[] signer, byte[] signature) {
  public Attestation {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(header, "header");
    signer = signer.clone();
    signature = signature.clone();
  }

  @Override
  public byte[] signer() {
    return signer.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attestation a
        && a.scheme.equals(scheme)
        && a.header.equals(header)
        && Arrays.equals(a.signer, signer)
        && Arrays.equals(a.signature, signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, header, Arrays.hashCode(signer), Arrays.hashCode(signature));
  }
}
