package io.validium.core.codec;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/** The outcome of decoding untrusted bytes: a value, or the reason they were refused. */
public final class Decoded<T> {
  private final T value;
  private final DecodeError error;

  private Decoded(T value, DecodeError error) {
    this.value = value;
    this.error = error;
  }

  public static <T> Decoded<T> ok(T value) {
    return new Decoded<>(Objects.requireNonNull(value), null);
  }

  public static <T> Decoded<T> error(DecodeError.Reason reason, String detail) {
    return new Decoded<>(null, new DecodeError(reason, detail));
  }

  public boolean isOk() {
    return error == null;
  }

  /** The decoded value; calling this on a refusal is a bug. */
  public T value() {
    if (error != null) {
      throw new NoSuchElementException("no value: " + error);
    }
    return value;
  }

  /** The refusal; calling this on a success is a bug. */
  public DecodeError error() {
    if (error == null) {
      throw new NoSuchElementException("decoding succeeded");
    }
    return error;
  }

  public <U> Decoded<U> map(Function<T, U> f) {
    return error == null ? ok(f.apply(value)) : new Decoded<>(null, error);
  }

  @Override
  public String toString() {
    return error == null ? "ok(" + value + ")" : "error(" + error + ")";
  }
}
