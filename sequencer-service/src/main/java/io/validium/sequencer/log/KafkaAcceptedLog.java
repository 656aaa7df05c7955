package io.validium.sequencer.log;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The accepted-transaction log in a single-partition Kafka topic (docs/adr/0016). Appends are
 * ordered and acknowledged only when every in-sync replica has the record ({@code acks=all},
 * idempotent producer), so a completed append survives the sequencer's crash. Replay reads the
 * partition from the beginning, without a consumer group.
 *
 * <p>Group commit (docs/adr/0029): {@link #append} only queues the record; one writer thread hands
 * everything queued to the producer in one Kafka transaction, so all the records that arrived while
 * the previous group was committing go to the broker together, and each is acknowledged once its
 * group is committed.
 *
 * <p>Fencing: the producer's {@code transactional.id} is the same for every instance of one
 * sequencer. {@link #replay} first registers it, which bumps the producer epoch and fences any
 * older instance still running: that one's next commit fails, so it halts before it can append
 * behind the new one's back. Replay reads committed records only.
 */
public final class KafkaAcceptedLog implements AcceptedLog, AutoCloseable {
  private final String bootstrapServers;
  private final TopicPartition partition;
  private final short replicationFactor;
  private final KafkaProducer<byte[], byte[]> producer;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private final GroupCommits commits;
  private volatile boolean closed;
  private boolean registered;

  private record Pending(byte[] value, CompletableFuture<Void> done, long queuedAt) {}

  public KafkaAcceptedLog(
      String bootstrapServers, String topic, short replicationFactor, Duration appendTimeout) {
    this(
        bootstrapServers,
        topic,
        replicationFactor,
        appendTimeout,
        "validium-sequencer-" + topic,
        GroupCommits.NONE);
  }

  /**
   * {@code transactionalId} names the sequencer: a second instance with it fences the first. {@code
   * commits} hears every committed group.
   */
  public KafkaAcceptedLog(
      String bootstrapServers,
      String topic,
      short replicationFactor,
      Duration appendTimeout,
      String transactionalId,
      GroupCommits commits) {
    this.bootstrapServers = bootstrapServers;
    this.commits = commits;
    this.partition = new TopicPartition(topic, 0);
    this.replicationFactor = replicationFactor;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
    // The writer flushes each group; lingering only keeps a group's first record from leaving
    // alone.
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024));
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(appendTimeout.toMillis()));
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(appendTimeout.toMillis() / 2));
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(appendTimeout.toMillis()));
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "validium-sequencer-log");
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Long.toString(appendTimeout.toMillis()));
    producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    writer = new Thread(this::writeGroups, "sequencer-log-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Creates the log topic when it does not exist: one partition, so one total order. */
  public void ensureTopic(Duration timeout) throws InterruptedException {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(p)) {
      NewTopic t = new NewTopic(partition.topic(), 1, replicationFactor);
      if (replicationFactor > 1) {
        t.configs(Map.of("min.insync.replicas", Integer.toString(replicationFactor - 1)));
      }
      admin.createTopics(List.of(t)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create the log topic " + partition.topic(), e);
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer within " + timeout, e);
    }
  }

  /** Registers the transactional id once, fencing older instances; before any read or write. */
  private synchronized void register() {
    if (!registered) {
      producer.initTransactions();
      registered = true;
    }
  }

  @Override
  public long replay(Consumer<LogEntry> sink) {
    // Fence first: an older instance must not append after this one has read the log.
    register();
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    long count = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      while (consumer.position(partition) < end) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          if (r.offset() >= end) {
            return count;
          }
          sink.accept(LogCodec.decode(r.value()));
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Queues the record in append order; the result completes when Kafka holds it, and fails when
   * Kafka could not make it durable within the append timeout.
   */
  @Override
  public CompletableFuture<Void> append(LogEntry entry) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (closed) {
      done.completeExceptionally(new IllegalStateException("the log is closed"));
      return done;
    }
    queue.add(new Pending(LogCodec.encode(entry), done, System.nanoTime()));
    return done;
  }

  private void writeGroups() {
    List<Pending> group = new ArrayList<>();
    while (!closed || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        queue.drainTo(group);
      }
      commit(group);
      group.clear();
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
    }
  }

  /**
   * One transaction per group; blocks until it is committed, while the next group gathers. Only a
   * committed record is acknowledged: replay reads committed records only. Any failure (a fenced
   * producer above all) fails the whole group, and the sequencer halts.
   */
  private void commit(List<Pending> group) {
    long began = System.nanoTime();
    try {
      register();
      producer.beginTransaction();
      for (Pending p : group) {
        producer.send(
            new ProducerRecord<>(partition.topic(), partition.partition(), null, p.value()));
      }
      producer.commitTransaction();
    } catch (RuntimeException e) {
      group.forEach(p -> p.done().completeExceptionally(e));
      return;
    }
    long committed = System.nanoTime();
    group.forEach(p -> p.done().complete(null));
    try {
      commits.committed(group.size(), began - group.get(0).queuedAt(), committed - began);
    } catch (RuntimeException e) {
      // Only metrics listen; their failure must not stop the writer.
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      writer.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(10));
    Pending p;
    while ((p = queue.poll()) != null) {
      p.done().completeExceptionally(new IllegalStateException("the log is closed"));
    }
  }
}
