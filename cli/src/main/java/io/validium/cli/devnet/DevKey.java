package io.validium.cli.devnet;

import io.validium.zk.snarkjs.SnarkjsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The devnet's proving key and what L1 needs of it: the snarkjs {@code .zkey}, the verifying key as
 * snarkjs JSON, and its SHA-256 (computed as the prover computes it, over the canonical JSON).
 */
public record DevKey(Path zkey, Path verifyingKey, String verifyingKeySha256) {

  /** The key in {@code dir}, if {@code batch.zkey} and {@code vk.json} are there. */
  static java.util.Optional<DevKey> in(Path dir) {
    Path zkey = dir.resolve("batch.zkey");
    Path vk = dir.resolve("vk.json");
    if (!Files.isRegularFile(zkey) || !Files.isRegularFile(vk)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new DevKey(zkey, vk, sha256Of(vk)));
  }

  static String sha256Of(Path vkJson) {
    try {
      String canonical =
          SnarkjsJson.writeVerifyingKey(
              SnarkjsJson.readVerifyingKey(Files.readString(vkJson, StandardCharsets.UTF_8)));
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new DevnetException("cannot read the verifying key " + vkJson, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      throw new DevnetException(
          "the verifying key " + vkJson + " is not a snarkjs vk.json: " + e.getMessage(), e);
    }
  }
}
