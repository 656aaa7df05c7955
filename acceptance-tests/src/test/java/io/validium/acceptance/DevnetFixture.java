package io.validium.acceptance;

import io.validium.cli.devnet.Devnet;
import io.validium.cli.devnet.DevnetOptions;
import java.nio.file.Path;

/** Starts the devnet the way {@code validium devnet --fresh} does, through the same Java API. */
final class DevnetFixture {
  private DevnetFixture() {}

  static Devnet start(String name) {
    Path repo = Path.of(System.getProperty("validium.repo.root", "..")).toAbsolutePath();
    Path runDir =
        Path.of(System.getProperty("validium.devnet.run-dir", "target/devnet")).resolve(name);
    Path keys = Path.of(System.getProperty("validium.devnet.key-cache", "target/dev-keys"));
    // No builds from inside a Maven build: the reactor packaged the services before this module.
    DevnetOptions options =
        new DevnetOptions(repo, runDir, DevnetOptions.Existing.FRESH, 1, false, keys);
    return Devnet.start(options, line -> System.out.println("[devnet " + name + "] " + line));
  }
}
