package io.validium.kafka.local;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * What one local broker is: its data directory and its two ports on 127.0.0.1 (clients, and the
 * KRaft controller it runs itself). The same settings start the same broker again on the same data.
 */
public record BrokerSettings(
    Path dataDir, int brokerPort, int controllerPort, boolean autoCreateTopics) {

  /**
   * The largest record batch the broker and every topic it creates accept (broker {@code
   * message.max.bytes}, topic {@code max.message.bytes}): 12 MiB, as deploy/k8s configures, so that
   * a batch of up to 11 MiB of data and its header fits (docs/adr/0036).
   */
  public static final int MAX_MESSAGE_BYTES = 12 * 1024 * 1024;

  /**
   * The broker's retry backoff for a transaction that begins while the previous one's commit
   * markers are still written (it gets CONCURRENT_TRANSACTIONS): 1 ms instead of Kafka's 20, which
   * put that wait into one in ten of the sequencer's log commits; deploy/k8s configures the same
   * (docs/adr/0051).
   */
  static final int TXN_RETRY_BACKOFF_MS = 1;

  /** The single node of the combined broker and controller. */
  static final int NODE_ID = 1;

  public BrokerSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    checkPort(brokerPort, "broker");
    checkPort(controllerPort, "controller");
    if (brokerPort == controllerPort) {
      throw new IllegalArgumentException("broker and controller need two distinct ports");
    }
    dataDir = dataDir.toAbsolutePath().normalize();
  }

  /** Settings on two free ports of 127.0.0.1, topics created on first use. */
  public static BrokerSettings onFreePorts(Path dataDir) {
    int[] ports = FreePorts.pick(2);
    return new BrokerSettings(dataDir, ports[0], ports[1], true);
  }

  public BrokerSettings withAutoCreateTopics(boolean enabled) {
    return new BrokerSettings(dataDir, brokerPort, controllerPort, enabled);
  }

  /** {@code 127.0.0.1:port}, what clients put in {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  Path logDir() {
    return dataDir.resolve("kraft-logs");
  }

  Path propertiesFile() {
    return dataDir.resolve("server.properties");
  }

  /** A combined broker+controller with every replication factor 1, as one node needs. */
  Properties serverProperties() {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    p.setProperty("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
    p.setProperty(
        "listeners",
        "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", logDir().toString());
    p.setProperty("num.partitions", "1");
    p.setProperty("default.replication.factor", "1");
    p.setProperty("min.insync.replicas", "1");
    p.setProperty("offsets.topic.replication.factor", "1");
    // One partition for the internal topics: a local broker has few groups, and creating the
    // default 50 partitions makes the first consumer group wait.
    p.setProperty("offsets.topic.num.partitions", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.num.partitions", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("add.partitions.to.txn.retry.backoff.ms", Integer.toString(TXN_RETRY_BACKOFF_MS));
    p.setProperty("auto.create.topics.enable", Boolean.toString(autoCreateTopics));
    p.setProperty("message.max.bytes", Integer.toString(MAX_MESSAGE_BYTES));
    p.setProperty("replica.fetch.max.bytes", Integer.toString(MAX_MESSAGE_BYTES));
    return p;
  }

  void writePropertiesFile() throws IOException {
    Files.createDirectories(dataDir);
    try (Writer w = Files.newBufferedWriter(propertiesFile(), StandardCharsets.UTF_8)) {
      serverProperties().store(w, "validium kafka-local: KRaft broker+controller on 127.0.0.1");
    }
  }

  private static void checkPort(int port, String what) {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException(what + " port " + port + " is outside [1, 65535]");
    }
  }
}
