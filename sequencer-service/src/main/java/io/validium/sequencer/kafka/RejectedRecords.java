package io.validium.sequencer.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes refused ingress records to the rejected topic: the reason, the detail, where the record
 * came from, and the record itself (as JSON when it was JSON, else as text, else as base64).
 */
@ApplicationScoped
public class RejectedRecords {
  private final Emitter<String> emitter;
  private final ObjectMapper mapper = new ObjectMapper();

  public RejectedRecords(@Channel("tx-rejected") Emitter<String> emitter) {
    this.emitter = emitter;
  }

  /** The rejected topic's value. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Rejection(
      String reason,
      String detail,
      String field,
      String txHash,
      String topic,
      int partition,
      long offset,
      JsonNode record,
      String recordText,
      String recordBase64) {}

  /** Completes when the rejected topic has the record. */
  public CompletableFuture<Void> send(
      String key,
      byte[] value,
      String topic,
      int partition,
      long offset,
      String reason,
      String detail,
      String field,
      String txHash) {
    JsonNode json = null;
    String text = null;
    String base64 = null;
    if (value != null) {
      try {
        text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(value)).toString();
        try {
          json = mapper.readTree(text);
          if (json == null || json.isMissingNode()) {
            json = null;
          } else {
            text = null;
          }
        } catch (java.io.IOException notJson) {
          // Kept as text below.
        }
      } catch (CharacterCodingException notText) {
        base64 = Base64.getEncoder().encodeToString(value);
      }
    }
    Rejection r =
        new Rejection(reason, detail, field, txHash, topic, partition, offset, json, text, base64);
    String body;
    try {
      body = mapper.writeValueAsString(r);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    Message<String> m =
        Message.of(body)
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
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
    emitter.send(m);
    return done;
  }
}
