package io.validium.kafka.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaIT {
  @TempDir Path dataDir;

  @Test
  void deliversAProducedRecordToAConsumerOfANewTopic() throws Exception {
    try (LocalKafka kafka = LocalKafka.start(dataDir)) {
      kafka.createTopics(Map.of("validium.test", 3));

      RecordMetadata sent = produce(kafka, "validium.test", "batch-7", "payload");

      assertThat(sent.topic()).isEqualTo("validium.test");
      assertThat(consumeAll(kafka, "validium.test", 1))
          .extracting(ConsumerRecord::key, ConsumerRecord::value)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("batch-7", "payload"));
    }
  }

  @Test
  void keepsAcknowledgedRecordsWhenTheBrokerIsKilledAndRestarted() throws Exception {
    try (LocalKafka kafka = LocalKafka.start(dataDir)) {
      kafka.createTopic("validium.durable", 1);
      produce(kafka, "validium.durable", "k", "before the kill");
      long firstPid = kafka.pid();

      kafka.kill();
      assertThat(kafka.isRunning()).isFalse();
      kafka.restart();

      assertThat(kafka.pid()).isNotEqualTo(firstPid);
      produce(kafka, "validium.durable", "k", "after the restart");
      assertThat(consumeAll(kafka, "validium.durable", 2))
          .extracting(ConsumerRecord::value)
          .containsExactly("before the kill", "after the restart");
    }
  }

  @Test
  void runsTheBrokerWithAOneMillisecondRetryForTransactionsStartedDuringMarkers() throws Exception {
    try (LocalKafka kafka = LocalKafka.start(dataDir)) {
      Properties p = new Properties();
      p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
      try (Admin admin = Admin.create(p)) {
        ConfigResource broker =
            new ConfigResource(
                ConfigResource.Type.BROKER, Integer.toString(BrokerSettings.NODE_ID));
        Config config = admin.describeConfigs(List.of(broker)).all().get().get(broker);

        assertThat(config.get("add.partitions.to.txn.retry.backoff.ms").value()).isEqualTo("1");
      }
    }
  }

  @Test
  void refusesToStartASecondBrokerOnAPortInUse() throws Exception {
    try (LocalKafka kafka = LocalKafka.start(dataDir.resolve("first"))) {
      BrokerSettings clash =
          new BrokerSettings(
              dataDir.resolve("second"), kafka.settings().brokerPort(), FreePorts.pick(1)[0], true);

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalKafka.start(clash))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("did not start");
      assertThat(kafka.isRunning()).isTrue();
    }
  }

  private static RecordMetadata produce(LocalKafka kafka, String topic, String key, String value)
      throws Exception {
    Properties p = new Properties();
    p.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.setProperty(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
      return producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }

  private static List<ConsumerRecord<String, String>> consumeAll(
      LocalKafka kafka, String topic, int expected) {
    Properties p = new Properties();
    p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.setProperty(ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime());
    p.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, String>> out = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(out::add);
      }
    }
    return out;
  }
}
