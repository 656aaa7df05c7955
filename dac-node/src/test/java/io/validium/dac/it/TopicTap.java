package io.validium.dac.it;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads every record of a one-partition topic from its start, in a thread of its own. */
final class TopicTap implements AutoCloseable {
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private final String topic;
  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  TopicTap(String bootstrapServers, String topic) {
    this.topic = topic;
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    TopicPartition tp = new TopicPartition(topic, 0);
    consumer.assign(List.of(tp));
    consumer.seekToBeginning(List.of(tp));
    thread = new Thread(this::run, "tap-" + topic);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (running) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    } catch (WakeupException e) {
      // Closing.
    } finally {
      consumer.close();
    }
  }

  List<ConsumerRecord<String, String>> records() {
    return List.copyOf(records);
  }

  /** Waits until {@code count} records match; returns them (all that match at that moment). */
  List<ConsumerRecord<String, String>> await(
      Predicate<ConsumerRecord<String, String>> match, int count) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      List<ConsumerRecord<String, String>> hits = records.stream().filter(match).toList();
      if (hits.size() >= count) {
        return hits;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "waited "
                + PATIENCE
                + " for "
                + count
                + " matching records on "
                + topic
                + ", have "
                + hits.size()
                + " of "
                + records.size()
                + ": "
                + records.stream().map(ConsumerRecord::value).toList());
      }
      NodeProcess.sleep(100);
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
