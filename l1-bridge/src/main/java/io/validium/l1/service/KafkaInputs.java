package io.validium.l1.service;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.validium.l1.submit.Offer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The three consumed topics. A refused record is nacked, so the channel's dead-letter strategy puts
 * it, unchanged, on the topic's dead-letter topic with {@code dead-letter-reason} {@code REASON:
 * detail}; the stream goes on. A taken record is acknowledged (its offset becomes committable) once
 * nothing needs it: at once if its batch is already final, else when the batch is final.
 */
@ApplicationScoped
public class KafkaInputs {

  private static final Logger LOG = Logger.getLogger(KafkaInputs.class);
  static final String HEADER = "validium-header";

  private final SubmitterService submitter;
  private final HeldRecords held;

  KafkaInputs(SubmitterService submitter, HeldRecords held) {
    this.submitter = submitter;
    this.held = held;
  }

  @Incoming("batches-in")
  @Blocking(ordered = true)
  public CompletionStage<Void> batch(Message<byte[]> m) throws InterruptedException {
    var meta = m.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
    Header h = meta.getHeaders().lastHeader(HEADER);
    Object key = meta.getKey();
    Offer o =
        submitter.offerBatch(
            key instanceof String s ? s : null, m.getPayload(), h == null ? null : h.value());
    return answer(m, o, "validium.batches");
  }

  @Incoming("proofs-in")
  @Blocking(ordered = true)
  public CompletionStage<Void> proof(Message<byte[]> m) {
    return answer(m, submitter.offerProof(m.getPayload()), "validium.proofs");
  }

  @Incoming("attestations-in")
  @Blocking(ordered = true)
  public CompletionStage<Void> attestation(Message<byte[]> m) {
    return answer(m, submitter.offerAttestation(m.getPayload()), "validium.attestations");
  }

  private CompletionStage<Void> answer(Message<byte[]> m, Offer o, String topic) {
    if (o.taken()) {
      if (o.heldUntilFinal().isPresent()) {
        return held.hold(o.heldUntilFinal().getAsLong(), m);
      }
      return m.ack();
    }
    LOG.warnf("record on %s refused: %s", topic, o.reason());
    return m.nack(new RecordRefused(o.reason()));
  }

  /** The reason a record goes to the dead-letter topic. */
  static final class RecordRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RecordRefused(String reason) {
      super(reason, null, false, false);
    }
  }
}
