package io.validium.core.crypto;

import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Unkeyed BLAKE2b with a 64-byte digest (RFC 7693) from BouncyCastle, streaming, so that modules
 * without BouncyCastle on their compile path (zk's snarkjs ceremony hashes) share one
 * implementation with EdDSA key derivation. Not thread-safe; {@link #copy()} forks the state.
 */
public final class Blake2b512 {

  /** The digest length in bytes. */
  public static final int BYTES = 64;

  private final Blake2bDigest digest;

  public Blake2b512() {
    this(new Blake2bDigest(BYTES * 8));
  }

  private Blake2b512(Blake2bDigest digest) {
    this.digest = digest;
  }

  /** BLAKE2b-512 of the concatenation of {@code parts}. */
  public static byte[] hash(byte[]... parts) {
    Blake2b512 h = new Blake2b512();
    for (byte[] part : parts) {
      h.update(part);
    }
    return h.digest();
  }

  /** An independent copy of the state, for hashing a common prefix once. */
  public Blake2b512 copy() {
    return new Blake2b512(new Blake2bDigest(digest));
  }

  public Blake2b512 update(byte[] data) {
    digest.update(data, 0, data.length);
    return this;
  }

  /** The digest; the hasher starts over afterwards. */
  public byte[] digest() {
    byte[] out = new byte[BYTES];
    digest.doFinal(out, 0);
    return out;
  }
}
