package io.validium.l1.submit;

import java.util.OptionalLong;

/**
 * The answer to one consumed record: refused (dead-lettered), done with (nothing will need it
 * again), or held until a batch is final on L1: the record's offset may be committed only then, so
 * a restart reads again everything the pending work was rebuilt from (ADR 0032).
 */
public record Offer(Refusal refusal, String detail, OptionalLong heldUntilFinal) {

  static final Offer DONE = new Offer(null, "", OptionalLong.empty());

  static Offer refused(Refusal r, String detail) {
    return new Offer(r, detail, OptionalLong.empty());
  }

  /** Taken, and still needed until batch {@code n} is final on L1. */
  static Offer held(long n) {
    return new Offer(null, "", OptionalLong.of(n));
  }

  public boolean taken() {
    return refusal == null;
  }

  /** {@code REASON: detail}, the dead-letter reason. */
  public String reason() {
    return refusal + ": " + detail;
  }
}
