package io.validium.sequencer.engine;

import java.util.concurrent.CompletableFuture;

/** The immediate answer to a submission; an admission is acknowledged only once durable. */
public sealed interface Submission {

  /**
   * The ledger decided; {@code durable} completes when the decision may be acknowledged (at once
   * for a rejection) and fails when the log could not keep it.
   */
  record Decided(Admission admission, CompletableFuture<Void> durable) implements Submission {}

  /** Not looked at: the sequencer cannot take it now; the caller may retry. */
  record Refused(Refusal refusal, String detail) implements Submission {}

  /** Why a submission was not looked at. */
  enum Refusal {
    /** A backpressure bound is reached. */
    BUSY,
    /** Still rebuilding its state from the log. */
    STARTING,
    /** The log failed; the sequencer stopped accepting until it is restarted. */
    HALTED
  }
}
