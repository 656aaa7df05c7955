package io.validium.sequencer.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.types.AccountId;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.TokenId;
import io.validium.kafka.local.LocalKafka;
import io.validium.sequencer.testing.TestChain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log on a real broker: acknowledged appends survive the broker's SIGKILL, in order. */
class KafkaAcceptedLogIT {
  @TempDir Path dir;

  @Test
  void replaysEveryAcknowledgedRecordInOrderAfterTheBrokerIsKilled() throws Exception {
    java.util.concurrent.atomic.AtomicInteger heard =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicLong commitNanos =
        new java.util.concurrent.atomic.AtomicLong();
    List<LogEntry> written = new ArrayList<>();
    for (int n = 0; n < 50; n++) {
      written.add(
          new LogEntry.Accepted(
              TestChain.transfer(AccountId.of(1), AccountId.of(2), TokenId.ETH, 1, n)));
    }
    written.add(new LogEntry.Sealed(BatchNumber.of(0), 50));
    written.add(new LogEntry.Published(BatchNumber.of(0)));
    written.add(new LogEntry.Finalized(BatchNumber.of(0)));

    try (LocalKafka kafka = LocalKafka.start(dir)) {
      try (KafkaAcceptedLog log =
          new KafkaAcceptedLog(
              kafka.bootstrapServers(),
              "log",
              (short) 1,
              Duration.ofSeconds(30),
              "sequencer-it",
              (records, queued, commit) -> {
                heard.addAndGet(records);
                commitNanos.addAndGet(commit);
              })) {
        log.ensureTopic(Duration.ofSeconds(60));
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        written.forEach(e -> acks.add(log.append(e)));
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
      }
      assertThat(heard.get()).as("every committed record is reported").isEqualTo(written.size());
      assertThat(commitNanos.get()).isPositive();
      kafka.kill();
      kafka.restart();

      List<LogEntry> replayed = new ArrayList<>();
      try (KafkaAcceptedLog log =
          new KafkaAcceptedLog(
              kafka.bootstrapServers(), "log", (short) 1, Duration.ofSeconds(30))) {
        log.ensureTopic(Duration.ofSeconds(60));
        assertThat(log.replay(replayed::add)).isEqualTo(written.size());
      }
      assertThat(replayed).containsExactlyElementsOf(written);
    }
  }
}
