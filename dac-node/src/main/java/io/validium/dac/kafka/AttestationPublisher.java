package io.validium.dac.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.validium.core.types.Address;
import io.validium.da.committee.AttestationRecord;
import io.validium.dac.node.IngestResult;
import io.validium.dac.rest.Wire;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes each outcome: attestations to the attestations channel, refusals (with the reason) to
 * the refusals channel, keyed by batch number. The channels' topics are configuration.
 */
@ApplicationScoped
public class AttestationPublisher {
  private final Emitter<String> attestations;
  private final Emitter<String> refusals;
  private final ObjectMapper json;

  public AttestationPublisher(
      @Channel("attestations-out") Emitter<String> attestations,
      @Channel("refusals-out") Emitter<String> refusals,
      ObjectMapper json) {
    this.attestations = attestations;
    this.refusals = refusals;
    this.json = json;
  }

  /** Sends the outcome; completes when the broker has the record. */
  public CompletionStage<Void> publish(IngestResult r, Address member) {
    String key = r.batchNumber().map(n -> Long.toString(n.value())).orElse("unknown");
    try {
      if (r.isAttested()) {
        return send(attestations, key, AttestationRecord.format(r.attestation()));
      }
      return send(refusals, key, json.writeValueAsString(Wire.refusal(r, member)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an attestation record", e);
    }
  }

  private static CompletionStage<Void> send(Emitter<String> emitter, String key, String value) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    emitter.send(
        Message.of(value)
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
            .withAck(
                () -> {
                  done.complete(null);
                  return CompletableFuture.completedFuture(null);
                })
            .withNack(
                t -> {
                  done.completeExceptionally(t);
                  return CompletableFuture.completedFuture(null);
                }));
    return done;
  }
}
