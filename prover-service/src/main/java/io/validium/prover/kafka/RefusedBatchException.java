package io.validium.prover.kafka;

import io.validium.prover.job.JobRefusal;

/**
 * The nack of a batch record that cannot be proven; its message, {@code REASON: detail}, becomes
 * the dead-letter record's {@code dead-letter-reason} header.
 */
final class RefusedBatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RefusedBatchException(JobRefusal refusal) {
    super(refusal.toString(), null, false, false);
  }
}
