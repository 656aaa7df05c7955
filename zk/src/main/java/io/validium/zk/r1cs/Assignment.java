package io.validium.zk.r1cs;

import io.validium.core.field.Fr;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Values for a circuit's public and private inputs, from which the witness is solved. */
public final class Assignment {

  private final Map<Variable, Fr> values = new HashMap<>();

  /** Sets input {@code v} to {@code value}; returns this for chaining. */
  public Assignment set(Variable v, Fr value) {
    Objects.requireNonNull(value, "value");
    Visibility kind = v.visibility();
    if (kind != Visibility.PUBLIC && kind != Visibility.PRIVATE) {
      throw new IllegalArgumentException(v + " is not an input");
    }
    values.put(v, value);
    return this;
  }

  /** Sets input {@code v} to the non-negative integer {@code value}. */
  public Assignment set(Variable v, long value) {
    return set(v, Fr.of(value));
  }

  Fr get(Variable v) {
    return values.get(v);
  }
}
