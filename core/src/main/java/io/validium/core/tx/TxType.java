package io.validium.core.tx;

/** The kinds of L2 transaction, with the type byte that starts their encoding. */
public enum TxType {
  TRANSFER(0x01, 151),
  WITHDRAWAL(0x02, 167),
  DEPOSIT(0x03, 119),
  FORCED_WITHDRAWAL(0x05, 75);

  private final int code;
  private final int encodedLength;

  TxType(int code, int encodedLength) {
    this.code = code;
    this.encodedLength = encodedLength;
  }

  public int code() {
    return code;
  }

  /** Every transaction of a type has the same encoded length, which makes batches self-framing. */
  public int encodedLength() {
    return encodedLength;
  }

  /** The type for a type byte, or null when the byte names no type. */
  public static TxType fromCode(int code) {
    for (TxType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }
}
