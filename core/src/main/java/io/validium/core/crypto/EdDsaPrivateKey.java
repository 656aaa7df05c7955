package io.validium.core.crypto;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * An EdDSA-Poseidon private key: 32 secret bytes from which the signing scalar is derived.
 *
 * <p>Derivation follows circomlibjs' {@code prv2pub}/{@code signPoseidon} with one substitution:
 * the key is hashed with BLAKE2b-512 instead of the original BLAKE-512 (see
 * docs/adr/0003-eddsa-key-derivation.md). With H = BLAKE2b-512(key), the scalar s is the first 32
 * bytes of H read little-endian and pruned (bits 0-2 and 255 cleared, bit 254 set), the public key
 * is A = (s/8)·B8, and the nonce for message m is r = BLAKE2b-512(H[32..64] || m as 32
 * little-endian bytes) mod l, so signing is deterministic. The signature is R8 = r·B8, S = (r +
 * h·s) mod l: s, not s/8, because the verifier multiplies h by the cofactor.
 *
 * <p>Signatures verify with circomlibjs and the circuit, since verification does not involve the
 * key hash; but the same 32 bytes give a different public key here than in circomlibjs.
 *
 * <p>Side channels: the multiplications by B8 look up their table without secret-dependent branches
 * or addresses, but the scalar arithmetic mod l uses {@link BigInteger}, which is not
 * constant-time; keep signing off machines shared with untrusted code.
 */
public final class EdDsaPrivateKey {

  /** Length of a private key in bytes. */
  public static final int LENGTH = 32;

  private final byte[] key;
  private final BigInteger scalar;
  private final byte[] noncePrefix;
  private final EdDsaPublicKey publicKey;

  private EdDsaPrivateKey(byte[] key) {
    this.key = key;
    byte[] h = Blake2b512.hash(key);
    h[0] &= (byte) 0xf8;
    h[31] &= 0x7f;
    h[31] |= 0x40;
    this.scalar = EdDsaPoseidon.littleEndian(h, 0, LENGTH);
    this.noncePrefix = Arrays.copyOfRange(h, LENGTH, 2 * LENGTH);
    Arrays.fill(h, (byte) 0);
    this.publicKey = EdDsaPublicKey.of(BabyJubjub.multiplyBase8(scalar.shiftRight(3)));
  }

  /** A fresh key of 32 bytes from {@code random}. */
  public static EdDsaPrivateKey generate(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    byte[] key = new byte[LENGTH];
    random.nextBytes(key);
    return new EdDsaPrivateKey(key);
  }

  /**
   * The key with these 32 bytes (copied).
   *
   * @throws IllegalArgumentException if {@code key} is not 32 bytes long
   */
  public static EdDsaPrivateKey fromBytes(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length != LENGTH) {
      throw new IllegalArgumentException("private key must be 32 bytes, got " + key.length);
    }
    return new EdDsaPrivateKey(key.clone());
  }

  /** A copy of the 32 key bytes. */
  public byte[] toBytes() {
    return key.clone();
  }

  /** The public key A = (s/8)·B8. */
  public EdDsaPublicKey publicKey() {
    return publicKey;
  }

  /** The deterministic signature of {@code message}: the same key and message give the same one. */
  public EdDsaSignature sign(Fr message) {
    Objects.requireNonNull(message, "message");
    byte[] nonceHash = Blake2b512.hash(noncePrefix, EdDsaPoseidon.littleEndian32(message));
    BigInteger r = EdDsaPoseidon.littleEndian(nonceHash, 0, nonceHash.length).mod(EdDsaPoseidon.L);
    Arrays.fill(nonceHash, (byte) 0);
    BabyJubjubPoint r8 = BabyJubjub.multiplyBase8(r);
    Fr h = EdDsaPoseidon.challenge(r8.x(), r8.y(), publicKey.x(), publicKey.y(), message);
    BigInteger s = r.add(h.toBigInteger().multiply(scalar)).mod(EdDsaPoseidon.L);
    return new EdDsaSignature(r8.x(), r8.y(), s);
  }

  /** Shows the public key only, so that keys never end up in logs. */
  @Override
  public String toString() {
    return "EdDsaPrivateKey[publicKey=(" + publicKey.x() + ", " + publicKey.y() + ")]";
  }
}
