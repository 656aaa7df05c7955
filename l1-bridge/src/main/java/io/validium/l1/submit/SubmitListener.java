package io.validium.l1.submit;

import java.time.Duration;

/** What the submitter reports, for metrics. */
public interface SubmitListener {

  /** Batch {@code n}'s submission was mined and accepted. */
  default void mined(long n, long gasUsed, Duration sinceReady) {}

  /** A call to the node failed; the submitter retries. */
  default void failed(RuntimeException e) {}

  SubmitListener NONE = new SubmitListener() {};
}
