package io.validium.prover.job;

/**
 * Why a batch record cannot be proven, as it goes to the dead-letter topic.
 *
 * @param reason the kind of problem, for metrics and for whoever reads the dead letters
 * @param detail exactly what did not fit
 */
public record JobRefusal(Reason reason, String detail) {

  /** Every way a batch record can be refused. */
  public enum Reason {
    /** The record has no value. */
    MISSING_DATA,
    /** The value is larger than the configured bound. */
    RECORD_TOO_LARGE,
    /** The value is not batch data (protocol.md 8.1). */
    MALFORMED_DATA,
    /** The record has no {@code validium-header} header. */
    MISSING_HEADER,
    /** The header is not a batch header (protocol.md 8.4). */
    MALFORMED_HEADER,
    /** The key is not the decimal batch number of the data. */
    KEY_MISMATCH,
    /** The header's batch number or batch commitment is not the data's. */
    HEADER_DATA_MISMATCH,
    /** The batch belongs to another deployment. */
    WRONG_DOMAIN,
    /** A predecessor of the batch never appeared on the batch topic. */
    REPLICA_GAP,
    /** The header's old root is not the replica's root before the batch. */
    OLD_ROOT_MISMATCH,
    /** Core rejects a transaction of the batch. */
    BATCH_REJECTED,
    /** Re-execution gives another header than the record's. */
    HEADER_MISMATCH,
    /** A different batch with this number was already applied. */
    CONFLICTS_WITH_APPLIED,
    /** The batch holds more transactions than the circuit has slots. */
    BATCH_TOO_LARGE,
    /** The state's balance depth is not the circuit's. */
    BALANCE_DEPTH_MISMATCH
  }

  @Override
  public String toString() {
    return reason + ": " + detail;
  }
}
