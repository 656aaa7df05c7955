package io.validium.core.types;

import io.validium.core.field.Fr;
import java.util.Objects;

/** The root of the L2 account tree: the whole L2 state in one field element. */
public record StateRoot(Fr value) {
  public StateRoot {
    Objects.requireNonNull(value, "state root");
  }

  public static StateRoot of(Fr value) {
    return new StateRoot(value);
  }

  /** Reads the canonical 32-byte big-endian form; a value not below the modulus is rejected. */
  public static StateRoot fromBytes(byte[] bytes) {
    return new StateRoot(Fr.fromBytesBigEndian(bytes));
  }

  public static StateRoot parse(String text) {
    return new StateRoot(FieldHex.parse(text, "state root"));
  }

  public byte[] toBytes() {
    return value.toBytesBigEndian();
  }

  @Override
  public String toString() {
    return value.toHexString();
  }
}
