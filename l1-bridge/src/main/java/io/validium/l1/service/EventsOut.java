package io.validium.l1.service;

import io.validium.l1.config.L1Config;
import io.validium.l1.kafka.KafkaEventSink;
import io.validium.l1.watch.EventSink;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The one producer of the events topic, shared by the watcher and the submitter. */
@ApplicationScoped
public class EventsOut implements EventSink {

  private final KafkaEventSink sink;

  EventsOut(L1Config config) {
    this.sink = new KafkaEventSink(config.bootstrapServers(), config.eventsTopic());
  }

  @Override
  public void publish(List<String> values) {
    sink.publish(values);
  }

  @PreDestroy
  void close() {
    sink.close();
  }
}
