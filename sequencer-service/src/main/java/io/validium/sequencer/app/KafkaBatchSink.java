package io.validium.sequencer.app;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.validium.core.codec.BatchCodec;
import io.validium.sequencer.engine.BatchSink;
import io.validium.sequencer.engine.SealedBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends closed batches to the batch topic: key the batch number in decimal, value the batch data
 * (protocol.md 8.1), header {@value #HEADER} the batch header (8.4).
 */
@ApplicationScoped
public class KafkaBatchSink implements BatchSink {
  /** The record header that carries the batch header. */
  public static final String HEADER = "validium-header";

  private final Emitter<byte[]> emitter;

  public KafkaBatchSink(@Channel("batches-out") Emitter<byte[]> emitter) {
    this.emitter = emitter;
  }

  @Override
  public CompletionStage<Void> publish(SealedBatch batch) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    RecordHeaders headers = new RecordHeaders();
    headers.add(HEADER, BatchCodec.encodeHeader(batch.header()));
    OutgoingKafkaRecordMetadata<String> meta =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withKey(Long.toString(batch.number().value()))
            .withHeaders(headers)
            .build();
    Message<byte[]> message =
        Message.of(BatchCodec.encodeData(batch.data()))
            .addMetadata(meta)
            .withAck(
                () -> {
                  done.complete(null);
                  return CompletableFuture.completedFuture(null);
                })
            .withNack(
                e -> {
                  done.completeExceptionally(e);
                  return CompletableFuture.completedFuture(null);
                });
    try {
      emitter.send(message);
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
    }
    return done;
  }
}
