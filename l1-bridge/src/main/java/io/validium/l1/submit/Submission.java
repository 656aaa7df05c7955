package io.validium.l1.submit;

import io.validium.core.batch.BatchHeader;
import io.validium.core.state.L1Withdrawal;
import io.validium.zk.groth16.Proof;
import java.util.List;

/**
 * Everything {@code submitBatch} takes for one batch (protocol.md 10.1), from its batch record and
 * its checked proof record: {@code depositCountAfter} and the withdrawals (forced ones with their
 * paid amounts) are the proof record's, {@code priorityEntries} the batch data's count of queue
 * entries, so that the submitter can check the count against L1's before it sends.
 */
public record Submission(
    BatchHeader header,
    Proof proof,
    byte[] certificate,
    long depositCountAfter,
    int priorityEntries,
    List<L1Withdrawal> withdrawals) {

  public Submission {
    certificate = certificate.clone();
    withdrawals = List.copyOf(withdrawals);
  }

  @Override
  public byte[] certificate() {
    return certificate.clone();
  }
}
