package io.validium.da.committee;

import io.validium.core.types.Address;
import java.util.Optional;

/**
 * The committee verifier's rule in Java, as the L1 contract applies it to one epoch's keyset: for
 * clients that want to know a certificate will pass before paying gas, and for tests.
 */
public final class CertificateCheck {
  private CertificateCheck() {}

  /** The verdict on a certificate. */
  public enum Verdict {
    VALID,
    MALFORMED,
    WRONG_EPOCH,
    UNSORTED_OR_DUPLICATE_SIGNER,
    INVALID_SIGNATURE,
    NOT_A_MEMBER,
    BELOW_THRESHOLD
  }

  public static Verdict check(byte[] digest, byte[] certificate, Keyset keyset) {
    Optional<CommitteeCertificate> decoded = CommitteeCertificate.decode(certificate);
    if (decoded.isEmpty()) {
      return Verdict.MALFORMED;
    }
    if (decoded.get().epoch() != keyset.epoch()) {
      return Verdict.WRONG_EPOCH;
    }
    Address previous = null;
    int counted = 0;
    for (byte[] sig : decoded.get().signatures()) {
      Optional<Address> signer = EcdsaSignatures.recover(digest, sig);
      if (signer.isEmpty()) {
        return Verdict.INVALID_SIGNATURE;
      }
      if (previous != null && Keyset.compare(previous, signer.get()) >= 0) {
        return Verdict.UNSORTED_OR_DUPLICATE_SIGNER;
      }
      previous = signer.get();
      if (!keyset.isMember(signer.get())) {
        return Verdict.NOT_A_MEMBER;
      }
      counted++;
    }
    return counted >= keyset.threshold() ? Verdict.VALID : Verdict.BELOW_THRESHOLD;
  }
}
