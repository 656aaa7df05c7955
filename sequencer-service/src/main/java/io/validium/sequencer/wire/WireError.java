package io.validium.sequencer.wire;

/** Why a submission's bytes are not a transaction, before any state is looked at. */
public record WireError(Kind kind, String field, String detail) {

  /** The distinct faults of an input, each a reason a caller can act on. */
  public enum Kind {
    /** Not JSON, or JSON with duplicate keys. */
    MALFORMED_JSON,
    /** Not the JSON shape asked for (an object, an array). */
    WRONG_SHAPE,
    /** A field this transaction type does not have. */
    UNKNOWN_FIELD,
    MISSING_FIELD,
    /** A field whose value is not in its canonical text form or out of range. */
    INVALID_FIELD,
    /** A {@code type} the endpoint does not take (deposits come from L1 only). */
    UNSUPPORTED_TYPE,
    /** A deposit's public key that is not a point of the Baby Jubjub subgroup. */
    INVALID_PUBLIC_KEY,
    /** More bytes or items than the endpoint takes. */
    TOO_LARGE
  }

  public static WireError of(Kind kind, String field, String detail) {
    return new WireError(kind, field, detail);
  }
}
