package io.validium.core.types;

import io.validium.core.field.Fr;
import java.util.Objects;

/** The commitment to the L1 deposits a batch consumes and the withdrawals it emits. */
public record L1OpsCommitment(Fr value) {
  public L1OpsCommitment {
    Objects.requireNonNull(value, "L1 operations commitment");
  }

  public static L1OpsCommitment of(Fr value) {
    return new L1OpsCommitment(value);
  }

  /** Reads the canonical 32-byte big-endian form; a value not below the modulus is rejected. */
  public static L1OpsCommitment fromBytes(byte[] bytes) {
    return new L1OpsCommitment(Fr.fromBytesBigEndian(bytes));
  }

  public static L1OpsCommitment parse(String text) {
    return new L1OpsCommitment(FieldHex.parse(text, "L1 operations commitment"));
  }

  public byte[] toBytes() {
    return value.toBytesBigEndian();
  }

  @Override
  public String toString() {
    return value.toHexString();
  }
}
