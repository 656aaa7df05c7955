package io.validium.dac.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives each Quarkus test run a fresh data directory for the embedded file store, and a raw signing
 * key in a secret file, as an operator would mount it.
 */
public class TempNode implements QuarkusTestResourceLifecycleManager {
  /** The test member's secp256k1 key. */
  public static final String KEY_HEX =
      "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

  private Path dir;

  @Override
  public Map<String, String> start() {
    try {
      dir = Files.createTempDirectory("dac-node-test");
      Path key = Files.writeString(dir.resolve("member.key"), "0x" + KEY_HEX + "\n");
      return Map.of(
          "dac.store.data-dir", dir.resolve("store").toString(),
          "dac.key.raw-key-file", key.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    // The directory stays for inspection after a failure; it lives under the system temp dir.
  }
}
