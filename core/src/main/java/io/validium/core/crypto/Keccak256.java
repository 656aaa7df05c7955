package io.validium.core.crypto;

import org.bouncycastle.jcajce.provider.digest.Keccak;

/**
 * Ethereum's Keccak-256 (the original Keccak padding, not NIST SHA3-256), so that modules without
 * BouncyCastle on their compile path can hash what the EVM hashes: ABI selectors, EIP-712 data.
 */
public final class Keccak256 {

  /** The digest length in bytes. */
  public static final int BYTES = 32;

  private Keccak256() {}

  /** Keccak-256 of {@code data}. */
  public static byte[] hash(byte[] data) {
    return new Keccak.Digest256().digest(data);
  }
}
