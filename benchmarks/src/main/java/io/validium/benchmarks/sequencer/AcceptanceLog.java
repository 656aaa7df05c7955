package io.validium.benchmarks.sequencer;

import io.validium.core.codec.Decoded;
import io.validium.core.codec.TransactionCodec;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The acceptance latency of transfers sent over the ingress topic, which has no answer to time:
 * from the generator's {@code send} to the moment the transfer is readable in the sequencer's log
 * (protocol 12.5) with {@code read_committed}, that is durable and accepted, as a REST 202 is. The
 * reader's own fetch wait is included, so the figures overstate the sequencer's share slightly.
 */
final class AcceptanceLog implements AutoCloseable {
  private static final String TOPIC = "validium.sequencer.log";
  private static final byte ACCEPTED = 0x01;

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Map<Long, Integer> senderIndex;
  private final long[][] sentAt;
  private final int firstNonce;
  private final long[] latencies;
  private final long[] commitMillis;
  private final AtomicInteger seen = new AtomicInteger();
  private final Thread reader;
  private volatile boolean stop;

  /**
   * Starts reading the log from its current end; {@code senders} are the account ids whose
   * transfers count, {@code sentAt[s][n - firstNonce]} the send time of sender s's nonce n.
   */
  AcceptanceLog(String bootstrap, List<Long> senders, long[][] sentAt, int firstNonce) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    TopicPartition log = new TopicPartition(TOPIC, 0);
    consumer.assign(List.of(log));
    consumer.seekToEnd(List.of(log));
    consumer.position(log);
    this.senderIndex = new java.util.HashMap<>();
    for (int i = 0; i < senders.size(); i++) {
      senderIndex.put(senders.get(i), i);
    }
    this.sentAt = sentAt;
    this.firstNonce = firstNonce;
    this.latencies = new long[sentAt.length * sentAt[0].length];
    this.commitMillis = new long[latencies.length];
    this.reader = new Thread(this::read, "acceptance-log");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    while (!stop) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
        long now = System.nanoTime();
        long wall = System.currentTimeMillis();
        byte[] v = r.value();
        if (v == null || v.length < 2 || v[0] != ACCEPTED) {
          continue;
        }
        Decoded<Transaction> tx = TransactionCodec.decode(Arrays.copyOfRange(v, 1, v.length));
        if (!tx.isOk() || !(tx.value() instanceof Transfer t)) {
          continue;
        }
        Integer s = senderIndex.get((long) t.from().value());
        int n = (int) t.nonce().value() - firstNonce;
        if (s == null || n < 0 || n >= sentAt[s].length || sentAt[s][n] == 0) {
          continue;
        }
        int i = seen.getAndIncrement();
        if (i < latencies.length) {
          latencies[i] = now - sentAt[s][n];
          // The record's CreateTime is when the sequencer's log producer took it, before the
          // commit: what follows is the commit and this reader's fetch.
          commitMillis[i] = wall - r.timestamp();
        }
      }
    }
  }

  /** Waits until every measured transfer was read or the timeout passed. */
  void awaitAll(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (seen.get() < latencies.length && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  /** The latencies read before {@link #close}, sorted, in nanoseconds. */
  long[] sortedLatencies() {
    long[] done = Arrays.copyOf(latencies, Math.min(seen.get(), latencies.length));
    Arrays.sort(done);
    return done;
  }

  /**
   * Per transfer, milliseconds from the log producer taking it to this reader seeing it, sorted.
   */
  long[] sortedCommitMillis() {
    long[] done = Arrays.copyOf(commitMillis, Math.min(seen.get(), commitMillis.length));
    Arrays.sort(done);
    return done;
  }

  @Override
  public void close() throws InterruptedException {
    if (stop) {
      return;
    }
    stop = true;
    reader.join();
    consumer.close();
  }
}
