package io.validium.core.types;

/** An L2 account: the index of its leaf in the depth-24 account tree. */
public record AccountId(int value) implements Comparable<AccountId> {
  /** Depth of the account tree, which bounds the id. */
  public static final int TREE_DEPTH = 24;

  /** One past the largest account id. */
  public static final int LIMIT = 1 << TREE_DEPTH;

  public AccountId {
    if (value < 0 || value >= LIMIT) {
      throw new IllegalArgumentException("account id " + value + " is outside [0, 2^24)");
    }
  }

  public static AccountId of(long value) {
    if (value < 0 || value >= LIMIT) {
      throw new IllegalArgumentException("account id " + value + " is outside [0, 2^24)");
    }
    return new AccountId((int) value);
  }

  public static AccountId parse(String text) {
    return of(Decimal.parseBounded(text, "account id", 0, LIMIT - 1));
  }

  @Override
  public int compareTo(AccountId o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
