package io.validium.dac.node;

import io.validium.core.da.AttestationGate;

/** Why the node did not attest an offered batch; the names go on the wire as they are. */
public enum IngestRefusal {
  TOO_LARGE,
  MALFORMED_HEADER,
  MALFORMED_DATA,
  WRONG_DOMAIN,
  OUT_OF_SEQUENCE,
  NUMBER_MISMATCH,
  COMMITMENT_MISMATCH,
  WRONG_OLD_ROOT,
  INVALID_TRANSACTION,
  NEW_ROOT_MISMATCH,
  L1_OPS_MISMATCH,
  CONFLICTING_HEADER_ALREADY_SIGNED;

  static IngestRefusal of(AttestationGate.Refusal r) {
    return valueOf(r.name());
  }
}
