package io.validium.l1.submit;

/** The answer to one consumed record: taken (maybe only remembered for later), or refused. */
public record Offer(Refusal refusal, String detail) {

  static final Offer TAKEN = new Offer(null, "");

  static Offer refused(Refusal r, String detail) {
    return new Offer(r, detail);
  }

  public boolean taken() {
    return refusal == null;
  }

  /** {@code REASON: detail}, the dead-letter reason. */
  public String reason() {
    return refusal + ": " + detail;
  }
}
