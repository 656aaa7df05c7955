package io.validium.core.types;

/** A token: the index of its leaf in an account's balance tree; token 0 is ETH. */
public record TokenId(int value) implements Comparable<TokenId> {
  /** One past the largest token id an encoding can carry (u16). */
  public static final int LIMIT = 1 << 16;

  /** The L1 chain's native currency. */
  public static final TokenId ETH = new TokenId(0);

  public TokenId {
    if (value < 0 || value >= LIMIT) {
      throw new IllegalArgumentException("token id " + value + " is outside [0, 2^16)");
    }
  }

  public static TokenId of(long value) {
    if (value < 0 || value >= LIMIT) {
      throw new IllegalArgumentException("token id " + value + " is outside [0, 2^16)");
    }
    return new TokenId((int) value);
  }

  public static TokenId parse(String text) {
    return of(Decimal.parseBounded(text, "token id", 0, LIMIT - 1));
  }

  @Override
  public int compareTo(TokenId o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
