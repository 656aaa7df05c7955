package io.validium.zk.r1cs;

import io.validium.core.field.Fr;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** An immutable full assignment of a circuit's wires, wire 0 being one. */
public final class Witness {

  private final WireLayout layout;
  private final Fr[] values;

  Witness(WireLayout layout, Fr[] values) {
    this.layout = layout;
    this.values = values;
  }

  /** Number of wires. */
  public int size() {
    return values.length;
  }

  /** The value on wire {@code wire}. */
  public Fr get(int wire) {
    return values[wire];
  }

  /** The value of variable {@code v}. */
  public Fr get(Variable v) {
    return values[layout.wire(v)];
  }

  /** The value of a linear combination. */
  public Fr evaluate(Linear lc) {
    return layout.row(lc.toLinearCombination()).evaluate(values);
  }

  /** A copy with wire {@code wire} set to {@code value}, e.g. to show that a circuit is sound. */
  public Witness with(int wire, Fr value) {
    Objects.requireNonNull(value, "value");
    Fr[] copy = values.clone();
    copy[wire] = value;
    return new Witness(layout, copy);
  }

  /** A copy with variable {@code v} set to {@code value}. */
  public Witness with(Variable v, Fr value) {
    return with(layout.wire(v), value);
  }

  /** The public inputs, wires 1 to {@code publicInputs}, in order. */
  public List<Fr> publicInputs() {
    return List.of(Arrays.copyOfRange(values, 1, 1 + layout.publicInputs()));
  }

  /** All wire values in wire order (a copy). */
  public Fr[] values() {
    return values.clone();
  }

  Fr[] raw() {
    return values;
  }
}
