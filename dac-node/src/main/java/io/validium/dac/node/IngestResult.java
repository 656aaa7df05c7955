package io.validium.dac.node;

import io.validium.core.da.Attestation;
import io.validium.core.types.BatchNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of an offered batch: an attestation (new, or the one signed before for the same
 * header), or a refusal with a sentence for the sequencer's operators.
 *
 * @param batchNumber the number, when the header could be read at all
 */
public record IngestResult(
    Optional<BatchNumber> batchNumber,
    Attestation attestation,
    boolean redelivered,
    IngestRefusal refusal,
    String detail) {

  public IngestResult {
    Objects.requireNonNull(batchNumber, "batchNumber");
  }

  static IngestResult attested(Attestation a, boolean redelivered) {
    return new IngestResult(
        Optional.of(a.header().number()),
        a,
        redelivered,
        null,
        redelivered ? "already attested" : "attested");
  }

  static IngestResult refused(Optional<BatchNumber> number, IngestRefusal r, String detail) {
    return new IngestResult(number, null, false, r, detail);
  }

  public boolean isAttested() {
    return refusal == null;
  }
}
