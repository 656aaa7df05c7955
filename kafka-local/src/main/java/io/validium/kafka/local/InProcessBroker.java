package io.validium.kafka.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A Kafka broker+controller running in this JVM: formats the data directory on first start (what
 * {@code kafka-storage.sh format} does), then runs what {@code kafka.Kafka} runs. {@link
 * KafkaLocalMain} wraps it into a process of its own; {@link LocalKafka} starts that process.
 */
public final class InProcessBroker implements AutoCloseable {
  private final BrokerSettings settings;
  private KafkaRaftServer server;

  public InProcessBroker(BrokerSettings settings) {
    this.settings = settings;
  }

  /** Formats if needed, starts, and returns once the broker answers clients on its port. */
  public synchronized void start(Duration timeout) throws IOException, InterruptedException {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    settings.writePropertiesFile();
    formatIfNew();
    KafkaConfig config = KafkaConfig.fromProps(settings.serverProperties());
    KafkaRaftServer s = new KafkaRaftServer(config, Time.SYSTEM);
    s.startup();
    server = s;
    Topics.awaitBroker(settings.bootstrapServers(), timeout);
  }

  /** Creates the topics that do not exist yet, with their partition counts. */
  public void createTopics(Map<String, Integer> partitionsByTopic, Duration timeout)
      throws InterruptedException {
    Topics.create(settings.bootstrapServers(), partitionsByTopic, timeout);
  }

  /** Blocks until the broker has shut down. */
  public void awaitShutdown() {
    KafkaRaftServer s;
    synchronized (this) {
      s = server;
    }
    if (s != null) {
      s.awaitShutdown();
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      server = null;
    }
  }

  private void formatIfNew() throws IOException {
    if (Files.exists(settings.logDir().resolve("meta.properties"))) {
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] args = {
      "format",
      "--cluster-id",
      Uuid.randomUuid().toString(),
      "--config",
      settings.propertiesFile().toString(),
      "--ignore-formatted"
    };
    int code;
    try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      code = StorageTool.execute(args, ps);
    }
    if (code != 0) {
      throw new IOException(
          "formatting "
              + settings.logDir()
              + " failed ("
              + code
              + "): "
              + out.toString(StandardCharsets.UTF_8));
    }
  }
}
