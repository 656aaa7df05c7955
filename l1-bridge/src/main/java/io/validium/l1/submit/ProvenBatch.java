package io.validium.l1.submit;

import io.validium.core.field.Fr;
import io.validium.core.state.L1Withdrawal;
import io.validium.zk.groth16.Proof;
import java.util.List;
import java.util.Objects;

/**
 * A parsed {@code validium.proofs} record (protocol.md 13): the proof, its public signals as
 * decimal strings, and the batch's L1 side that only execution knows, which {@code submitBatch}
 * takes: the priority chain before the batch, the queue position after it and the withdrawals it
 * makes claimable, forced ones with their paid amounts.
 */
record ProvenBatch(
    long batchNumber,
    Proof proof,
    List<String> signals,
    Fr depositChainBefore,
    long depositCountAfter,
    List<L1Withdrawal> withdrawals) {

  ProvenBatch {
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(depositChainBefore, "depositChainBefore");
    signals = List.copyOf(signals);
    withdrawals = List.copyOf(withdrawals);
  }
}
