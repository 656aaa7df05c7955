package io.validium.dac.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.validium.dac.BatchApiTestAccess;
import io.validium.dac.testing.Chain;
import io.validium.dac.testing.TempNode;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/**
 * The batch consumer's handling of records, with the channels in memory: the record shape (key,
 * value, {@code validium-header}) is what the broker delivers; the broker itself is tested with the
 * KRaft launcher.
 */
@QuarkusTest
@QuarkusTestResource(TempNode.class)
class BatchConsumerTest {
  @Inject @Any InMemoryConnector connector;

  private static Message<byte[]> record(
      String key, byte[] value, byte[] header, CompletableFuture<Void> acked) {
    ConsumerRecord<String, byte[]> r = new ConsumerRecord<>("validium.batches", 0, 0, key, value);
    if (header != null) {
      r.headers().add(BatchConsumer.HEADER, header);
    }
    return Message.of(
        value,
        Metadata.of(new IncomingKafkaRecordMetadata<>(r, "batches-in")),
        () -> {
          acked.complete(null);
          return CompletableFuture.completedFuture(null);
        });
  }

  @Test
  void aBatchRecordIsAttestedPublishedAndOnlyThenAcknowledged() throws Exception {
    Chain chain = BatchApiTestAccess.chain();
    Chain.Offer o = chain.next(chain.deposits(8, 3));
    InMemorySink<String> sink = connector.sink("attestations-out");
    sink.clear();
    CompletableFuture<Void> acked = new CompletableFuture<>();

    connector
        .source("batches-in")
        .send(record(o.header().number().toString(), o.dataBytes(), o.headerBytes(), acked));

    acked.get(60, TimeUnit.SECONDS);
    chain.accept(o);
    assertThat(sink.received()).hasSize(1);
    assertThat(JsonPath.from(sink.received().get(0).getPayload()).getLong("batchNumber"))
        .isEqualTo(o.header().number().value());
  }

  @Test
  void garbageRecordsAreRefusedWithTheirReasonAndAcknowledged() throws Exception {
    Chain chain = BatchApiTestAccess.chain();
    Chain.Offer o = chain.next(chain.deposits(8, 3));
    InMemorySink<String> refusals = connector.sink("refusals-out");
    refusals.clear();
    CompletableFuture<Void> noHeader = new CompletableFuture<>();
    CompletableFuture<Void> garbage = new CompletableFuture<>();
    CompletableFuture<Void> oversized = new CompletableFuture<>();

    connector.source("batches-in").send(record("0", o.dataBytes(), null, noHeader));
    connector.source("batches-in").send(record("0", "junk".getBytes(), o.headerBytes(), garbage));
    connector.source("batches-in").send(record("0", new byte[200_001], o.headerBytes(), oversized));

    CompletableFuture.allOf(noHeader, garbage, oversized).get(60, TimeUnit.SECONDS);
    assertThat(refusals.received())
        .extracting(m -> JsonPath.from(m.getPayload()).getString("reason"))
        .containsExactly("MALFORMED_HEADER", "MALFORMED_DATA", "TOO_LARGE");
  }
}
