package io.validium.prover.job;

import io.validium.core.batch.BatchHeader;
import io.validium.zk.groth16.ProofWithSignals;

/** What became of one batch record: a proof of its header, or the refusal for the dead letters. */
public sealed interface JobResult {

  /** The batch was re-executed and proven. */
  record Proven(BatchHeader header, ProofWithSignals proof, L1Effects l1, long provingNanos)
      implements JobResult {}

  /** The record cannot be proven; it goes to the dead-letter topic. */
  record Refused(JobRefusal refusal) implements JobResult {}
}
