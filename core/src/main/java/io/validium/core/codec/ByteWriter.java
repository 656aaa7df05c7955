package io.validium.core.codec;

import io.validium.core.field.Fr;
import java.io.ByteArrayOutputStream;

/** Appends the protocol's big-endian fixed-width values. */
public final class ByteWriter {
  private final ByteArrayOutputStream out;

  public ByteWriter(int expectedSize) {
    this.out = new ByteArrayOutputStream(expectedSize);
  }

  public ByteWriter u8(int v) {
    out.write(v);
    return this;
  }

  public ByteWriter u16(int v) {
    return unsigned(v, 2);
  }

  public ByteWriter u32(long v) {
    return unsigned(v, 4);
  }

  public ByteWriter u64(long v) {
    return unsigned(v, 8);
  }

  public ByteWriter bytes(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  public ByteWriter field(Fr v) {
    return bytes(v.toBytesBigEndian());
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }

  private ByteWriter unsigned(long v, int width) {
    for (int i = width - 1; i >= 0; i--) {
      out.write((int) (v >>> (8 * i)));
    }
    return this;
  }
}
