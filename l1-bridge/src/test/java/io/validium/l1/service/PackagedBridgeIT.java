package io.validium.l1.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.state.L2State;
import io.validium.l1.testing.ChainFixture;
import io.validium.l1.testing.Eventually;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/**
 * The packaged service (quarkus-run.jar) killed with SIGKILL while it relays deposits and right
 * after it sent batch 0, then started again on the same state directory and group: every deposit
 * index and the finalization reach the events topic exactly once, the batch is submitted by one
 * transaction only (a second would revert: the restarted bridge sees it final, or replaces its own
 * pending one on the same nonce), the watcher resumes from its cursor, and once the batch is final
 * all its records are committed, so a further restart reads none of them.
 */
class PackagedBridgeIT {

  private static final Duration PATIENCE = Duration.ofMinutes(5);
  private static final Pattern RESUMES = Pattern.compile("L1 watcher resumes after block (\\d+)");

  @Test
  void aBridgeKilledWhileItRelaysAndSubmitsLosesAndRepeatsNothingAfterItsRestart()
      throws Exception {
    Path dir = Path.of("target").toAbsolutePath().resolve("packaged-bridge-" + System.nanoTime());
    try (BridgeWorld w = BridgeWorld.start(dir)) {
      EdDsaPrivateKey alice = ChainFixture.user("alice");
      L2State state = new L2State(w.domain(), 4);
      JsonNode first = w.chain.depositEth(2, 5, alice, 1_000);
      long firstDepositBlock = Long.decode(first.get("blockNumber").asText());
      BridgeWorld.Batch b0 = w.depositBatch(state, 0, 0, 5, alice, 1_000);
      w.publishBatch(b0, 0, 1);

      Process one = start(w, dir.resolve("first.log"));
      try {
        Eventually.await("deposit 0 relayed", PATIENCE, () -> deposits(w).size() == 1);
        awaitLine(dir.resolve("first.log"), "batch 0 submitted:", one);
        // More L1 events while it dies: they may or may not be relayed before the kill.
        w.chain.depositEth(3, 6, ChainFixture.user("bob"), 77);
      } finally {
        one.destroyForcibly().waitFor();
      }
      w.chain.depositEth(4, 7, ChainFixture.user("carol"), 88);

      Process two = start(w, dir.resolve("second.log"));
      try {
        Eventually.await("three deposits relayed", PATIENCE, () -> deposits(w).size() >= 3);
        Eventually.await("batch 0 final", PATIENCE, () -> w.events("batchFinalized").size() >= 1);
        Eventually.await("batch 0's records committed", PATIENCE, () -> committed(w));
        assertThat(deposits(w)).containsExactly("0", "1", "2");
        assertThat(w.events("batchFinalized"))
            .extracting(e -> e.get("batchNumber").asText())
            .containsExactly("0");
        assertThat(w.events("batchFailed")).isEmpty();
        assertThat(w.readWord("nextBatchNumber()")).isEqualTo(BigInteger.ONE);
        assertThat(transactionsSentBy(w, BridgeWorld.SUBMITTER_KEY))
            .as("one submitBatch transaction")
            .isEqualTo(1);
        String log = Files.readString(dir.resolve("second.log"), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("L1 refuses batch");
        Matcher m = RESUMES.matcher(log);
        assertThat(m.find()).as("the watcher's resume line").isTrue();
        assertThat(Long.parseLong(m.group(1))).isGreaterThanOrEqualTo(firstDepositBlock);
      } finally {
        two.destroyForcibly().waitFor();
      }
    }
  }

  private static Process start(BridgeWorld w, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Dquarkus.http.port=0"));
    for (Map.Entry<String, String> e : w.config.entrySet()) {
      cmd.add("-D" + e.getKey() + "=" + e.getValue());
    }
    cmd.addAll(List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void awaitLine(Path log, String line, Process p) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!Files.exists(log) || !Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
      assertThat(p.isAlive()).as("the bridge runs (see %s)", log).isTrue();
      assertThat(System.nanoTime()).as("waiting for '%s' in %s", line, log).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static List<String> deposits(BridgeWorld w) {
    return w.events("deposit").stream().map(e -> e.get("depositIndex").asText()).toList();
  }

  private static boolean committed(BridgeWorld w) {
    try {
      return w.committedToTheEndOfEveryInput();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long transactionsSentBy(BridgeWorld w, String key) {
    String account = Credentials.create(key).getAddress();
    return Long.decode(
        w.chain
            .rpc
            .call("eth_getTransactionCount", TextNode.valueOf(account), TextNode.valueOf("latest"))
            .asText());
  }
}
