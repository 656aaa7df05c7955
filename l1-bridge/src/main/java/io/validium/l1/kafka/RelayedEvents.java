package io.validium.l1.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.l1.watch.Cursor;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the events topic once, at start-up, for the next deposit index and batch number not yet on
 * it: the broker acknowledged them even if the cursor's write after that was lost in a crash.
 */
public final class RelayedEvents {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration DEADLINE = Duration.ofMinutes(2);

  private RelayedEvents() {}

  /** A cursor carrying only the two counters (its block is meaningless). */
  public static Cursor scan(String bootstrapServers, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "l1-bridge-relayed-scan");
    long deposits = 0;
    long finalized = 0;
    try (KafkaConsumer<String, String> c =
        new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> parts =
          c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      if (parts.isEmpty()) {
        return Cursor.start(0);
      }
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(parts));
      long deadline = System.nanoTime() + DEADLINE.toNanos();
      while (!reached(c, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end within 2 min");
        }
        for (ConsumerRecord<String, String> r : c.poll(POLL)) {
          JsonNode v = parse(r.value());
          String type = v.path("type").asText();
          if ("deposit".equals(type) || "forcedWithdrawal".equals(type)) {
            deposits = Math.max(deposits, number(v, "depositIndex") + 1);
          } else if ("batchFinalized".equals(type)) {
            finalized = Math.max(finalized, number(v, "batchNumber") + 1);
          }
        }
      }
    }
    return Cursor.start(0).withCounters(deposits, finalized);
  }

  private static boolean reached(KafkaConsumer<?, ?> c, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (c.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode parse(String s) {
    try {
      return s == null ? JSON.nullNode() : JSON.readTree(s);
    } catch (Exception e) {
      // Not one of ours; the counters only look at the bridge's own records.
      return JSON.nullNode();
    }
  }

  private static long number(JsonNode v, String field) {
    String s = v.path(field).asText("");
    return s.matches("0|[1-9][0-9]{0,18}") ? Long.parseLong(s) : -1;
  }
}
