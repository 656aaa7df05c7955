package io.validium.zk.groth16;

import io.validium.core.crypto.Blake2b512;

/**
 * BLAKE2b-512 as snarkjs hashes circuits and ceremony transcripts: core's {@link Blake2b512} plus
 * the big-endian u32 lengths snarkjs feeds it. Not thread-safe; {@link #copy()} forks one.
 */
final class Blake2b {

  private final Blake2b512 h;

  Blake2b() {
    this(new Blake2b512());
  }

  private Blake2b(Blake2b512 h) {
    this.h = h;
  }

  /** An independent copy of the state, for hashing a common prefix once. */
  Blake2b copy() {
    return new Blake2b(h.copy());
  }

  Blake2b update(byte[] data) {
    h.update(data);
    return this;
  }

  /** Big-endian u32, as snarkjs hashes section lengths. */
  Blake2b updateU32(int v) {
    return update(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
  }

  byte[] digest() {
    return h.digest();
  }

  static byte[] hash(byte[] data) {
    return Blake2b512.hash(data);
  }
}
