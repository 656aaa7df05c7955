package io.validium.core.types;

import io.validium.core.field.Fr;
import java.util.Objects;

/** The Poseidon commitment to a batch's data, a public input of its validity proof. */
public record BatchCommitment(Fr value) {
  public BatchCommitment {
    Objects.requireNonNull(value, "batch commitment");
  }

  public static BatchCommitment of(Fr value) {
    return new BatchCommitment(value);
  }

  /** Reads the canonical 32-byte big-endian form; a value not below the modulus is rejected. */
  public static BatchCommitment fromBytes(byte[] bytes) {
    return new BatchCommitment(Fr.fromBytesBigEndian(bytes));
  }

  public static BatchCommitment parse(String text) {
    return new BatchCommitment(FieldHex.parse(text, "batch commitment"));
  }

  public byte[] toBytes() {
    return value.toBytesBigEndian();
  }

  @Override
  public String toString() {
    return value.toHexString();
  }
}
