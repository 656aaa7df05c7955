package io.validium.sequencer.engine;

/** Where a batch is in its life, in order; FAILED can follow any state but FINALIZED. */
public enum BatchStatus {
  /** Still taking transactions. */
  OPEN,
  /** Closed, durable in the log; its data is going to (or is on) the batch topic. */
  SEQUENCED,
  /** Enough committee members attested that they hold the data. */
  AVAILABLE,
  /** A validity proof was published. */
  PROVEN,
  /** Submitted to the L1 contract. */
  SUBMITTED,
  /** Accepted by L1: its new root is final. */
  FINALIZED,
  /** L1 refused it. */
  FAILED
}
