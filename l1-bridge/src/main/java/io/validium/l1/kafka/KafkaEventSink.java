package io.validium.l1.kafka;

import io.validium.l1.watch.EventSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The events topic, written with an idempotent producer (acks=all). Every value has the same key,
 * {@value #KEY}, so the topic keeps L1 order in one partition (deposits apply in index order).
 */
public final class KafkaEventSink implements EventSink, AutoCloseable {

  /** The key of every record on the events topic. */
  public static final String KEY = "l1";

  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaProducer<String, String> producer;
  private final String topic;

  public KafkaEventSink(String bootstrapServers, String topic) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis());
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 30_000);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000L);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "l1-bridge-events");
    this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    this.topic = topic;
  }

  @Override
  public void publish(List<String> values) {
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    for (String v : values) {
      acks.add(producer.send(new ProducerRecord<>(topic, KEY, v)));
    }
    producer.flush();
    try {
      for (Future<RecordMetadata> f : acks) {
        f.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the broker did not acknowledge an event: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing events", e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
