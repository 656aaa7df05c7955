package io.validium.l1.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.state.L2State;
import io.validium.l1.testing.ChainFixture;
import io.validium.l1.testing.Eventually;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a check (skipped unless {@code -Dvalidium.l1.footprint=true}): the packaged
 * bridge under a devnet-like load, its peak resident memory and CPU time printed for the k8s
 * resource limits. The command is in the l1-bridge README (Footprint).
 */
class BridgeFootprintIT {

  @Test
  void printsThePackagedBridgesMemoryAndCpuUnderADevnetLikeLoad() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("validium.l1.footprint"));
    int batches = Integer.getInteger("validium.l1.footprint.batches", 20);
    int deposits = Integer.getInteger("validium.l1.footprint.deposits", 200);
    Path dir = Path.of("target").toAbsolutePath().resolve("footprint-" + System.nanoTime());
    try (BridgeWorld w = BridgeWorld.start(dir)) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  java,
                  "-XX:MaxRAM=" + System.getProperty("validium.l1.footprint.max-ram", "512m"),
                  "-Dquarkus.http.port=0"));
      for (Map.Entry<String, String> e : w.config.entrySet()) {
        cmd.add("-D" + e.getKey() + "=" + e.getValue());
      }
      cmd.addAll(List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("bridge.log").toFile())
              .start();
      try {
        Eventually.await(
            "the bridge up",
            Duration.ofMinutes(5),
            () -> {
              try {
                return Files.readString(dir.resolve("bridge.log")).contains("resumes after block");
              } catch (IOException e) {
                return false;
              }
            });
        double cpuAtStart = cpuSeconds(p);
        long started = System.nanoTime();
        L2State state = new L2State(w.domain(), 4);
        for (int i = 0; i < deposits; i++) {
          var user = ChainFixture.user("user" + i);
          w.chain.depositEth(2 + i % 5, 10 + i, user, 1_000 + i);
          if (i < batches) {
            BridgeWorld.Batch b = w.depositBatch(state, i, i, 10 + i, user, 1_000 + i);
            w.publishBatch(b, 0, 1, 2);
          }
        }
        Eventually.await(
            "all deposits and batches through",
            Duration.ofMinutes(20),
            () ->
                w.events("deposit").size() == deposits
                    && w.events("batchFinalized").size() == batches);
        double wall = (System.nanoTime() - started) / 1e9;
        String status = Files.readString(Path.of("/proc", "" + p.pid(), "status"));
        double cpu = cpuSeconds(p) - cpuAtStart;
        System.out.printf(
            "FOOTPRINT deposits=%d batches=%d wall=%.1fs cpu=%.1fs (%.0f%% of a core) %s %s%n",
            deposits,
            batches,
            wall,
            cpu,
            100 * cpu / wall,
            line(status, "VmHWM"),
            line(status, "VmRSS"));
        assertThat(p.isAlive()).isTrue();
      } finally {
        p.destroyForcibly().waitFor();
      }
    }
  }

  /** utime + stime of the process, in seconds (USER_HZ = 100). */
  private static double cpuSeconds(Process p) throws IOException {
    String stat = Files.readString(Path.of("/proc", "" + p.pid(), "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
  }

  private static String line(String status, String key) throws IOException {
    return status
        .lines()
        .filter(l -> l.startsWith(key))
        .findFirst()
        .orElse(key + ": ?")
        .replaceAll("\\s+", " ");
  }
}
