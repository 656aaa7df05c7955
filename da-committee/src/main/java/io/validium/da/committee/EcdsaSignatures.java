package io.validium.da.committee;

import io.validium.core.types.Address;
import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.Optional;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * secp256k1 signatures in the 65-byte {@code r || s || v} form (v = 27 or 28) that {@code
 * ecrecover} and the committee certificate use; low-s only, as the L1 verifier demands.
 */
public final class EcdsaSignatures {
  /** The length of one signature. */
  public static final int BYTES = 65;

  private static final BigInteger HALF_ORDER =
      Sign.CURVE_PARAMS.getN().shiftRight(1); // s above n/2 is malleable: (r, n - s) also verifies

  private EcdsaSignatures() {}

  /** Signs a 32-byte digest as is (no Ethereum message prefix); web3j yields low-s, RFC 6979. */
  public static byte[] sign(byte[] digest, ECKeyPair key) {
    Sign.SignatureData sd = Sign.signMessage(digest, key, false);
    byte[] out = new byte[BYTES];
    System.arraycopy(sd.getR(), 0, out, 0, 32);
    System.arraycopy(sd.getS(), 0, out, 32, 32);
    out[64] = sd.getV()[0];
    return out;
  }

  /**
   * The address that signed {@code digest}, or empty when the signature is malformed, high-s, has a
   * v other than 27/28, or recovers no key.
   */
  public static Optional<Address> recover(byte[] digest, byte[] signature) {
    if (signature == null || signature.length != BYTES) {
      return Optional.empty();
    }
    byte v = signature[64];
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    if ((v != 27 && v != 28)
        || r.signum() == 0
        || s.signum() == 0
        || r.compareTo(Sign.CURVE_PARAMS.getN()) >= 0
        || s.compareTo(HALF_ORDER) > 0) {
      return Optional.empty();
    }
    Sign.SignatureData sd =
        new Sign.SignatureData(
            v, Arrays.copyOfRange(signature, 0, 32), Arrays.copyOfRange(signature, 32, 64));
    try {
      BigInteger publicKey = Sign.signedMessageHashToKey(digest, sd);
      return Optional.of(addressOf(publicKey));
    } catch (SignatureException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The Ethereum address of an uncompressed public key (64 bytes as an integer). */
  public static Address addressOf(BigInteger publicKey) {
    return Address.wrap(Numeric.hexStringToByteArray(Keys.getAddress(publicKey)));
  }
}
