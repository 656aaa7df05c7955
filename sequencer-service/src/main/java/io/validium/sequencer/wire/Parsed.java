package io.validium.sequencer.wire;

import java.util.NoSuchElementException;

/** A value parsed from untrusted input, or the reason it was refused. */
public final class Parsed<T> {
  private final T value;
  private final WireError error;

  private Parsed(T value, WireError error) {
    this.value = value;
    this.error = error;
  }

  public static <T> Parsed<T> ok(T value) {
    return new Parsed<>(value, null);
  }

  public static <T> Parsed<T> error(WireError error) {
    return new Parsed<>(null, error);
  }

  public static <T> Parsed<T> error(WireError.Kind kind, String field, String detail) {
    return error(WireError.of(kind, field, detail));
  }

  public boolean isOk() {
    return error == null;
  }

  public T value() {
    if (error != null) {
      throw new NoSuchElementException(error.toString());
    }
    return value;
  }

  public WireError error() {
    if (error == null) {
      throw new NoSuchElementException("parsed");
    }
    return error;
  }
}
