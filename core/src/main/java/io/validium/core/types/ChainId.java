package io.validium.core.types;

/** The EIP-155 chain id of the L1 that hosts the Validium contract. */
public record ChainId(long value) {
  public ChainId {
    if (value < 1) {
      throw new IllegalArgumentException("chain id " + value + " must be positive");
    }
  }

  public static ChainId of(long value) {
    return new ChainId(value);
  }

  public static ChainId parse(String text) {
    return new ChainId(Decimal.parseBounded(text, "chain id", 1, Long.MAX_VALUE));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
