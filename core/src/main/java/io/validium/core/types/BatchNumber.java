package io.validium.core.types;

/** The position of a batch in the chain of batches, starting at 0. */
public record BatchNumber(long value) implements Comparable<BatchNumber> {
  public static final BatchNumber FIRST = new BatchNumber(0);

  public BatchNumber {
    if (value < 0) {
      throw new IllegalArgumentException("batch number " + value + " is negative");
    }
  }

  public static BatchNumber of(long value) {
    return new BatchNumber(value);
  }

  public static BatchNumber parse(String text) {
    return new BatchNumber(Decimal.parseBounded(text, "batch number", 0, Long.MAX_VALUE));
  }

  public BatchNumber next() {
    return new BatchNumber(Math.addExact(value, 1));
  }

  @Override
  public int compareTo(BatchNumber o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
