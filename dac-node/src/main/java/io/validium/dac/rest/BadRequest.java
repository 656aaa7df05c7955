package io.validium.dac.rest;

/** A request the API cannot read; mapped to a 400 problem naming the parameter. */
public final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public BadRequest(String reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
