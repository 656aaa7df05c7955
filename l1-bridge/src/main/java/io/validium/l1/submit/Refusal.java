package io.validium.l1.submit;

/** Why a record on a consumed topic was refused (it goes to that topic's dead-letter topic). */
public enum Refusal {
  TOO_LARGE,
  BAD_KEY,
  MALFORMED_HEADER,
  MALFORMED_DATA,
  WRONG_DOMAIN,
  NUMBER_MISMATCH,
  COMMITMENT_MISMATCH,
  MALFORMED_PROOF,
  SIGNALS_MISMATCH,
  WITHDRAWALS_MISMATCH,
  DEPOSIT_COUNT_MISMATCH,
  L1_OPS_MISMATCH,
  MALFORMED_ATTESTATION
}
