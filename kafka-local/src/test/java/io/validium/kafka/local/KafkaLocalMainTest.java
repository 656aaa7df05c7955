package io.validium.kafka.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KafkaLocalMainTest {

  @Test
  void readsPortsTopicsAndPartitionCounts() {
    KafkaLocalMain.Options o =
        KafkaLocalMain.Options.parse(
            new String[] {
              "--data-dir",
              "/tmp/k",
              "--port",
              "19092",
              "--controller-port",
              "19093",
              "--topic",
              "validium.batches:4",
              "--topic",
              "validium.proofs"
            });

    assertThat(o.settings.bootstrapServers()).isEqualTo("127.0.0.1:19092");
    assertThat(o.settings.controllerPort()).isEqualTo(19093);
    assertThat(o.topics).containsEntry("validium.batches", 4).containsEntry("validium.proofs", 1);
  }

  @Test
  void picksDistinctFreePortsWhenNoneAreGiven() {
    KafkaLocalMain.Options o = KafkaLocalMain.Options.parse(new String[] {"--data-dir", "/tmp/k"});

    assertThat(o.settings.brokerPort()).isNotEqualTo(o.settings.controllerPort());
  }

  @Test
  void refusesMissingDataDirBadPortsAndBadTopicNames() {
    assertThatThrownBy(() -> KafkaLocalMain.Options.parse(new String[] {"--port", "1"}))
        .hasMessageContaining("--data-dir is required");
    assertThatThrownBy(() -> parse("--port", "70000")).hasMessageContaining("is not a port");
    assertThatThrownBy(() -> parse("--port", "x")).hasMessageContaining("is not a number");
    assertThatThrownBy(() -> parse("--topic", "bad/name"))
        .hasMessageContaining("invalid topic name");
    assertThatThrownBy(() -> parse("--topic", "t:0")).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> parse("--port", "5", "--controller-port", "5"))
        .hasMessageContaining("distinct");
    assertThatThrownBy(() -> parse("--frobnicate")).hasMessageContaining("unknown argument");
    assertThatThrownBy(() -> parse("--topic")).hasMessageContaining("needs a value");
  }

  private static KafkaLocalMain.Options parse(String... extra) {
    String[] args = new String[extra.length + 2];
    args[0] = "--data-dir";
    args[1] = "/tmp/k";
    System.arraycopy(extra, 0, args, 2, extra.length);
    return KafkaLocalMain.Options.parse(args);
  }
}
