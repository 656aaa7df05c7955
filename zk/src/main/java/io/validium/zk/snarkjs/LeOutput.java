package io.validium.zk.snarkjs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A growable little-endian byte sink for building one section of a snarkjs file. */
final class LeOutput {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  void u32(long v) {
    if (v < 0 || v > 0xffffffffL) {
      throw new IllegalArgumentException("does not fit a u32: " + v);
    }
    for (int i = 0; i < 4; i++) {
      bytes.write((int) (v >>> (8 * i)));
    }
  }

  void u64(long v) {
    for (int i = 0; i < 8; i++) {
      bytes.write((int) (v >>> (8 * i)));
    }
  }

  void limbs(long[] limbs) {
    for (long l : limbs) {
      u64(l);
    }
  }

  void bytes(byte[] b) {
    bytes.write(b, 0, b.length);
  }

  void zeros(int n) {
    bytes.write(new byte[n], 0, n);
  }

  int size() {
    return bytes.size();
  }

  byte[] toByteArray() {
    return bytes.toByteArray();
  }

  void writeTo(OutputStream out) throws IOException {
    bytes.writeTo(out);
  }
}
