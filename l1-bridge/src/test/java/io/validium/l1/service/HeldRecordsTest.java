package io.validium.l1.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class HeldRecordsTest {

  private final List<String> acked = new ArrayList<>();

  private Message<String> record(String name) {
    return Message.of(
        name,
        () -> {
          acked.add(name);
          return CompletableFuture.completedFuture(null);
        });
  }

  @Test
  void acknowledgesRecordsOnlyOnceTheirBatchIsFinal() {
    HeldRecords held = new HeldRecords();
    held.hold(0, record("batch 0"));
    held.hold(1, record("proof 1"));
    held.hold(0, record("attestation 0"));
    assertThat(acked).isEmpty();
    assertThat(held.size()).isEqualTo(3);

    held.finalBelow(1);
    assertThat(acked).containsExactlyInAnyOrder("batch 0", "attestation 0");
    held.finalBelow(1);
    assertThat(acked).as("each once").hasSize(2);
    assertThat(held.size()).isEqualTo(1);

    held.finalBelow(2);
    assertThat(acked).contains("proof 1");
    assertThat(held.size()).isZero();
  }

  @Test
  void acknowledgesAtOnceARecordOfABatchAlreadyFinal() {
    HeldRecords held = new HeldRecords();
    held.finalBelow(5);
    held.hold(4, record("late attestation"));
    held.hold(5, record("batch 5"));
    assertThat(acked).containsExactly("late attestation");
    assertThat(held.size()).isEqualTo(1);
  }
}
