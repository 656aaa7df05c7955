package io.validium.kafka.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Admin-client chores against a local broker: waiting for it and creating topics. */
final class Topics {
  private Topics() {}

  static Admin admin(String bootstrapServers) {
    Properties p = new Properties();
    p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    p.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
    return Admin.create(p);
  }

  /** Returns once the broker has registered with its controller and answers metadata requests. */
  static void awaitBroker(String bootstrapServers, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Exception last = null;
    try (Admin admin = admin(bootstrapServers)) {
      while (System.nanoTime() < deadline) {
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException e) {
          last = e;
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(
        "the broker at " + bootstrapServers + " did not come up within " + timeout, last);
  }

  static void create(String bootstrapServers, Map<String, Integer> partitions, Duration timeout)
      throws InterruptedException {
    List<NewTopic> topics = new ArrayList<>();
    // Explicit, as on a production cluster, rather than inherited from the broker's default.
    Map<String, String> config =
        Map.of("max.message.bytes", Integer.toString(BrokerSettings.MAX_MESSAGE_BYTES));
    partitions.forEach((name, n) -> topics.add(new NewTopic(name, n, (short) 1).configs(config)));
    try (Admin admin = admin(bootstrapServers)) {
      for (var entry : admin.createTopics(topics).values().entrySet()) {
        try {
          entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("creating topic " + entry.getKey() + " failed", e);
          }
        } catch (TimeoutException e) {
          throw new IllegalStateException("creating topic " + entry.getKey() + " timed out", e);
        }
      }
    }
  }
}
