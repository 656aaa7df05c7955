package io.validium.cli.devnet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The development key made by {@code validium setup dev} in a child JVM of this class path (an
 * INSECURE, deterministic setup: anyone can forge proofs against it; fine for a devnet only).
 */
public final class SetupDevKeyStep implements DevKeyStep {
  @Override
  public DevKey make(int batchSize, Path out, Launcher launcher) {
    ChildProcess setup =
        launcher.sameClassPath(
            "setup",
            List.of("-Xmx3g"),
            "io.validium.cli.Validium",
            List.of(
                "setup",
                "dev",
                "--batch-size",
                Integer.toString(batchSize),
                "--out",
                out.toString()));
    Launcher.runToCompletion(setup, Duration.ofMinutes(30));
    return DevKey.in(out)
        .orElseThrow(
            () ->
                new DevnetException(
                    "validium setup dev wrote no batch.zkey and vk.json to " + out));
  }
}
