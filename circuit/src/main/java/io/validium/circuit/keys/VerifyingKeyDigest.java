package io.validium.circuit.keys;

import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.snarkjs.SnarkjsJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 (lower-case hex) of a verifying key written as snarkjs JSON: how operators pin the
 * key deployed on L1 ({@code validium.prover.key.verifying-key-sha256}), and what {@code validium
 * setup} prints and records.
 */
public final class VerifyingKeyDigest {
  private VerifyingKeyDigest() {}

  /** The digest of {@code vk}. */
  public static String sha256(VerifyingKey vk) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(
              sha.digest(SnarkjsJson.writeVerifyingKey(vk).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
