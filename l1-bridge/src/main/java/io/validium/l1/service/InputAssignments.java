package io.validium.l1.service;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions the submitter's three consumers hold, for readiness: a consumer without a
 * partition (not joined yet, in a rebalance, lost by the group) feeds the submitter nothing.
 */
@ApplicationScoped
@Identifier(InputAssignments.NAME)
public class InputAssignments implements KafkaConsumerRebalanceListener {

  /** The name the channels' {@code consumer-rebalance-listener.name} refers to. */
  public static final String NAME = "l1-bridge-inputs";

  private final Set<TopicPartition> assigned = new HashSet<>();

  @Override
  public synchronized void onPartitionsAssigned(
      Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    assigned.addAll(partitions);
  }

  @Override
  public synchronized void onPartitionsRevoked(
      Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    assigned.removeAll(partitions);
  }

  @Override
  public synchronized void onPartitionsLost(
      Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    assigned.removeAll(partitions);
  }

  /** The topics of {@code topics} of which no partition is assigned (empty: all are). */
  public synchronized List<String> unassigned(List<String> topics) {
    return topics.stream()
        .filter(t -> assigned.stream().noneMatch(p -> p.topic().equals(t)))
        .toList();
  }
}
