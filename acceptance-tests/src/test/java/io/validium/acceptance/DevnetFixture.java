package io.validium.acceptance;

import io.validium.cli.devnet.Devnet;
import io.validium.cli.devnet.DevnetOptions;
import io.validium.cli.devnet.SetupDevKeyStep;
import java.nio.file.Path;

/** Starts the devnet the way {@code validium devnet --fresh} does, through the same Java API. */
final class DevnetFixture {
  static final long DEPOSIT_DEADLINE_BLOCKS = 120;

  private DevnetFixture() {}

  static Devnet start(String name) {
    Path repo = Path.of(System.getProperty("validium.repo.root", "..")).toAbsolutePath();
    Path runDir =
        Path.of(System.getProperty("validium.devnet.run-dir", "target/devnet")).resolve(name);
    Path keys = Path.of(System.getProperty("validium.devnet.key-cache", "target/dev-keys"));
    // No builds from inside a Maven build: the reactor packaged the services before this module.
    // A short deposit deadline (anvil mines a block a second) so the escape-hatch test waits for a
    // real overdue deposit without mining thousands of blocks; long enough that the test's "too
    // early to freeze" step runs well inside it on a loaded machine.
    DevnetOptions options =
        new DevnetOptions(
            repo, runDir, DevnetOptions.Existing.FRESH, 1, false, keys, DEPOSIT_DEADLINE_BLOCKS);
    return Devnet.start(
        options,
        new SetupDevKeyStep(),
        new TestTokenDeployStep(),
        line -> System.out.println("[devnet " + name + "] " + line));
  }
}
