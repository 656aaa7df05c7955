package io.validium.core.types;

/** An account's transaction counter: the nonce the next signed transaction must carry. */
public record Nonce(long value) implements Comparable<Nonce> {
  /** The largest nonce; an account that reaches it can sign nothing more. */
  public static final long MAX = 0xFFFF_FFFFL;

  public static final Nonce ZERO = new Nonce(0);

  public Nonce {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("nonce " + value + " is outside [0, 2^32)");
    }
  }

  public static Nonce of(long value) {
    return new Nonce(value);
  }

  public static Nonce parse(String text) {
    return new Nonce(Decimal.parseBounded(text, "nonce", 0, MAX));
  }

  public boolean isMax() {
    return value == MAX;
  }

  /** The following nonce; a bug to call on {@link #MAX}, which callers must check first. */
  public Nonce next() {
    if (isMax()) {
      throw new IllegalStateException("nonce is exhausted");
    }
    return new Nonce(value + 1);
  }

  @Override
  public int compareTo(Nonce o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
