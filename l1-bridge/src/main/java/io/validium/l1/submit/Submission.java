package io.validium.l1.submit;

import io.validium.core.batch.BatchHeader;
import io.validium.core.tx.Withdrawal;
import io.validium.zk.groth16.Proof;
import java.util.List;
import java.util.OptionalLong;

/**
 * Everything {@code submitBatch} takes for one batch (protocol.md 10.1); {@code depositCountAfter}
 * is empty for a batch without deposits, which leaves the contract's processed count as it is.
 */
public record Submission(
    BatchHeader header,
    Proof proof,
    byte[] certificate,
    OptionalLong depositCountAfter,
    List<Withdrawal> withdrawals) {

  public Submission {
    certificate = certificate.clone();
    withdrawals = List.copyOf(withdrawals);
  }

  @Override
  public byte[] certificate() {
    return certificate.clone();
  }
}
