package io.validium.l1.submit;

import java.time.Duration;

/** What the submitter reports, for metrics. */
public interface SubmitListener {

  /** Batch {@code n}'s submission was mined and accepted. */
  default void mined(long n, long gasUsed, Duration sinceReady) {}

  /** L1's {@code nextBatchNumber} was read as {@code next}: every batch below it is final. */
  default void finalizedBelow(long next) {}

  /** A call to the node failed; the submitter retries. */
  default void failed(RuntimeException e) {}

  SubmitListener NONE = new SubmitListener() {};
}
