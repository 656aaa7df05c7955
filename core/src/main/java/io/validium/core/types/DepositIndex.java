package io.validium.core.types;

/** The position of a deposit in the L1 deposit queue, starting at 0. */
public record DepositIndex(long value) implements Comparable<DepositIndex> {
  public static final DepositIndex FIRST = new DepositIndex(0);

  public DepositIndex {
    if (value < 0) {
      throw new IllegalArgumentException("deposit index " + value + " is negative");
    }
  }

  public static DepositIndex of(long value) {
    return new DepositIndex(value);
  }

  public static DepositIndex parse(String text) {
    return new DepositIndex(Decimal.parseBounded(text, "deposit index", 0, Long.MAX_VALUE));
  }

  public DepositIndex next() {
    return new DepositIndex(Math.addExact(value, 1));
  }

  @Override
  public int compareTo(DepositIndex o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
