package io.validium.core.da;

import io.validium.core.batch.BatchHeader;
import java.util.concurrent.CompletionStage;

/** The client side of a scheme: gathers attestations until they make an L1-valid certificate. */
public interface CertificateCollector {

  /** Starts collecting for a batch; completes when the current threshold is reached. */
  CompletionStage<DaCertificate> collect(BatchHeader header);

  /** Offers one attestation; the answer says whether it counted or why not. */
  Admission offer(Attestation attestation);

  /** What became of an offered attestation. */
  enum Admission {
    COUNTED,
    DUPLICATE,
    NOT_A_MEMBER,
    INVALID_SIGNATURE,
    UNKNOWN_BATCH,
    ALREADY_CERTIFIED
  }
}
