package io.validium.core.da;

import io.validium.core.batch.BatchHeader;
import java.util.Arrays;
import java.util.Objects;

/**
 * Proof for L1 that enough members attested a batch, encoded as the scheme's L1 verifier reads it.
 */
public record DaCertificate(String scheme, BatchHeader header, byte[] encoded) {
  public DaCertificate {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(header, "header");
    encoded = encoded.clone();
  }

  @Override
  public byte[] encoded() {
    return encoded.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DaCertificate c
        && c.scheme.equals(scheme)
        && c.header.equals(header)
        && Arrays.equals(c.encoded, encoded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, header, Arrays.hashCode(encoded));
  }
}
