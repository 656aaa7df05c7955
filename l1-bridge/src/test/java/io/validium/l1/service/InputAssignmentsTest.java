package io.validium.l1.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class InputAssignmentsTest {

  private static final List<String> TOPICS = List.of("b", "p", "a");

  @Test
  void reportsEveryTopicWithoutAPartitionUntilAssignedAndAgainAfterARevocation() {
    InputAssignments a = new InputAssignments();
    assertThat(a.unassigned(TOPICS)).containsExactly("b", "p", "a");
    a.onPartitionsAssigned(null, List.of(new TopicPartition("b", 0)));
    a.onPartitionsAssigned(null, List.of(new TopicPartition("p", 0), new TopicPartition("a", 0)));
    assertThat(a.unassigned(TOPICS)).isEmpty();
    a.onPartitionsRevoked(null, List.of(new TopicPartition("p", 0)));
    assertThat(a.unassigned(TOPICS)).containsExactly("p");
    a.onPartitionsAssigned(null, List.of(new TopicPartition("p", 0)));
    a.onPartitionsLost(null, List.of(new TopicPartition("a", 0)));
    assertThat(a.unassigned(TOPICS)).containsExactly("a");
  }
}
