package io.validium.core.batch;

import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import java.util.List;
import java.util.Objects;

/** What L1 learns of a batch: its number, the roots it moves between and its two commitments. */
public record BatchHeader(
    BatchNumber number,
    StateRoot oldRoot,
    StateRoot newRoot,
    BatchCommitment commitment,
    L1OpsCommitment l1OpsCommitment) {

  public BatchHeader {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(oldRoot, "oldRoot");
    Objects.requireNonNull(newRoot, "newRoot");
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(l1OpsCommitment, "l1OpsCommitment");
  }

  /** The public inputs of the validity proof, in protocol order. */
  public List<io.validium.core.field.Fr> publicInputs() {
    return List.of(oldRoot.value(), newRoot.value(), commitment.value(), l1OpsCommitment.value());
  }
}
