package io.validium.prover.job;

import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.L1Withdrawal;
import java.util.List;
import java.util.Objects;

/**
 * What only executing a batch tells about its L1 side, and what the submitter's {@code submitBatch}
 * call needs besides the header (protocol.md 13, 17.6): the priority chain before the batch, the
 * queue position after it, and every withdrawal it makes claimable in batch order, each forced
 * withdrawal with the amount it actually paid.
 */
public record L1Effects(
    Fr depositChainBefore, long depositCountAfter, List<L1Withdrawal> withdrawals) {

  public L1Effects {
    Objects.requireNonNull(depositChainBefore, "depositChainBefore");
    if (depositCountAfter < 0) {
      throw new IllegalArgumentException("depositCountAfter " + depositCountAfter + " < 0");
    }
    withdrawals = List.copyOf(withdrawals);
  }

  /** The effects of {@code run}, whose state stood at queue position {@code countAfter} after. */
  public static L1Effects of(BatchExecution run, long countAfter) {
    return new L1Effects(run.depositChainBefore(), countAfter, run.l1Withdrawals());
  }
}
