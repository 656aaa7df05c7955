package io.validium.sequencer.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.types.BatchNumber;
import io.validium.kafka.local.LocalKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances of one sequencer on a real broker: the one that starts later fences the other. */
class SecondSequencerFencingIT {
  @TempDir Path dir;

  private static KafkaAcceptedLog log(LocalKafka kafka) {
    return new KafkaAcceptedLog(
        kafka.bootstrapServers(),
        "log",
        (short) 1,
        Duration.ofSeconds(20),
        "sequencer-a",
        GroupCommits.NONE);
  }

  @Test
  void aSecondInstanceFencesTheFirstWhichCanNoLongerAppend() throws Exception {
    LogEntry first = new LogEntry.Published(BatchNumber.of(1));
    LogEntry late = new LogEntry.Published(BatchNumber.of(2));
    LogEntry second = new LogEntry.Published(BatchNumber.of(3));
    try (LocalKafka kafka = LocalKafka.start(dir)) {
      try (KafkaAcceptedLog old = log(kafka)) {
        old.ensureTopic(Duration.ofSeconds(60));
        assertThat(old.replay(e -> {})).isZero();
        old.append(first).join();

        try (KafkaAcceptedLog standby = log(kafka)) {
          List<LogEntry> seen = new ArrayList<>();
          standby.replay(seen::add);
          assertThat(seen).containsExactly(first);

          assertThatThrownBy(() -> old.append(late).join())
              .as("the fenced instance's append fails, so it halts")
              .isInstanceOf(CompletionException.class);
          standby.append(second).join();
        }
      }
      try (KafkaAcceptedLog reader = log(kafka)) {
        List<LogEntry> all = new ArrayList<>();
        reader.replay(all::add);
        assertThat(all).containsExactly(first, second);
      }
    }
  }
}
