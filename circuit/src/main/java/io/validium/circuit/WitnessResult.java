package io.validium.circuit;

import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Either what was built from a batch execution for a circuit, or the refusal saying why it does not
 * fit that circuit.
 *
 * @param <T> what was built: an assignment of the inputs or a full witness
 */
public final class WitnessResult<T> {
  private final T value;
  private final WitnessRefusal refusal;

  private WitnessResult(T value, WitnessRefusal refusal) {
    this.value = value;
    this.refusal = refusal;
  }

  static <T> WitnessResult<T> built(T value) {
    return new WitnessResult<>(Objects.requireNonNull(value), null);
  }

  static <T> WitnessResult<T> refused(WitnessRefusal.Reason reason, String detail) {
    return new WitnessResult<>(null, new WitnessRefusal(reason, detail));
  }

  <U> WitnessResult<U> refusedAs() {
    return new WitnessResult<>(null, refusal);
  }

  public boolean isBuilt() {
    return refusal == null;
  }

  /** What was built; a bug to ask of a refusal. */
  public T value() {
    if (refusal != null) {
      throw new NoSuchElementException("refused: " + refusal);
    }
    return value;
  }

  /** The refusal; a bug to ask of a result that was built. */
  public WitnessRefusal refusal() {
    if (refusal == null) {
      throw new NoSuchElementException("the witness was built");
    }
    return refusal;
  }

  @Override
  public String toString() {
    return isBuilt() ? "built " + value : "refused " + refusal;
  }
}
