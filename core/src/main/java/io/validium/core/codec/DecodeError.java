package io.validium.core.codec;

/** Why bytes were refused by a decoder, with the detail a user needs to find the fault. */
public record DecodeError(Reason reason, String detail) {

  /** The kinds of malformed input, each a distinct cause a caller can act on. */
  public enum Reason {
    EMPTY,
    TRUNCATED,
    TRAILING_BYTES,
    UNKNOWN_TYPE,
    UNSUPPORTED_VERSION,
    NON_CANONICAL_FIELD_ELEMENT,
    VALUE_OUT_OF_RANGE,
    INVALID_PUBLIC_KEY,
    TOO_MANY_TRANSACTIONS
  }

  @Override
  public String toString() {
    return reason + ": " + detail;
  }
}
