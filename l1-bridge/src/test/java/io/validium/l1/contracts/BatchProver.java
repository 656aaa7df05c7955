package io.validium.l1.contracts;

import io.validium.core.batch.BatchHeader;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.VerifyingKey;

/**
 * What the contract tests need from a batch circuit: its verifying key (exported as the L1
 * verifier) and a real Groth16 proof of a header's four public inputs. The batch circuit replaces
 * {@link DevelopmentBatchProver} here once it exists.
 */
public interface BatchProver {

  /** The key the L1 verifier is exported from. */
  VerifyingKey verifyingKey();

  /**
   * A proof for the header's public inputs (oldRoot, newRoot, batchCommitment, l1OpsCommitment).
   */
  Proof prove(BatchHeader header);
}
