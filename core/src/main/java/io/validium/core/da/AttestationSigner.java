package io.validium.core.da;

import io.validium.core.batch.BatchHeader;

/**
 * Signs attestations for one member. Callers sign only after the data is stored durably and
 * verified (see {@link AttestationGate}); the signer itself refuses to sign two different headers
 * for one batch number.
 */
public interface AttestationSigner {

  /** The member's identity in the scheme's format (an L1 address for the committee scheme). */
  byte[] signer();

  /** Signs, or refuses with {@link SignRefusal} when signing would equivocate. */
  SignResult sign(BatchHeader header);

  /** Why a signer would not sign. */
  enum SignRefusal {
    CONFLICTING_HEADER_ALREADY_SIGNED
  }

  /** A signature, or the refusal. */
  record SignResult(Attestation attestation, SignRefusal refusal) {
    public static SignResult signed(Attestation a) {
      return new SignResult(a, null);
    }

    public static SignResult refused(SignRefusal r) {
      return new SignResult(null, r);
    }

    public boolean isSigned() {
      return refusal == null;
    }
  }
}
