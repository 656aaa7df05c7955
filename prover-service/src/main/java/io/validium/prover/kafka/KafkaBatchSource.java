package io.validium.prover.kafka;

import io.validium.prover.replica.BatchSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the whole batch topic, every partition from its start to its current end, outside any
 * consumer group (nothing is committed, no partition is taken from a prover): how an instance
 * learns the batches that other instances own.
 */
public final class KafkaBatchSource implements BatchSource {
  private static final Duration POLL = Duration.ofMillis(500);
  private static final int MAX_KEY_CHARS = 20;

  private final String bootstrapServers;
  private final String topic;

  public KafkaBatchSource(String bootstrapServers, String topic) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
  }

  @Override
  public List<RawRecord> read(long from, long to) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "validium-prover-catch-up");
    List<RawRecord> out = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
          long n = numberOf(r.key());
          if (n >= from && n < to) {
            Header h = r.headers().lastHeader(BatchJobConsumer.HEADER);
            out.add(new RawRecord(r.key(), r.value(), h == null ? null : h.value()));
          }
        }
      }
    }
    return out;
  }

  private static long numberOf(String key) {
    if (key == null || key.isEmpty() || key.length() > MAX_KEY_CHARS) {
      return -1;
    }
    try {
      return Long.parseLong(key);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
