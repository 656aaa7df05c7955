package io.validium.dac.kafka;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.validium.dac.node.IngestResult;
import io.validium.dac.node.MemberNode;
import io.validium.dac.peer.CatchUpService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes the batch topic (the member's own consumer group): the record value is the 8.1 batch
 * data, the {@code validium-header} record header the 8.4 batch header. A record is acknowledged
 * only after its outcome is durable (stored and signed, or refused) and published, so a crash
 * re-delivers it and the node answers again from its signing log.
 */
@ApplicationScoped
public class BatchConsumer {
  /** The record header holding the batch header. */
  public static final String HEADER = "validium-header";

  private static final Logger LOG = Logger.getLogger(BatchConsumer.class);

  private final MemberNode node;
  private final AttestationPublisher publisher;
  private final CatchUpService catchUp;

  public BatchConsumer(MemberNode node, AttestationPublisher publisher, CatchUpService catchUp) {
    this.node = node;
    this.publisher = publisher;
    this.catchUp = catchUp;
  }

  @Incoming("batches-in")
  @Blocking(ordered = true)
  public CompletionStage<Void> consume(Message<byte[]> record) {
    byte[] header = header(record).orElse(new byte[0]);
    byte[] data = record.getPayload() == null ? new byte[0] : record.getPayload();
    IngestResult r = node.ingest(header, data);
    if (catchUp.isGap(r)) {
      catchUp.run();
      r = node.ingest(header, data);
    }
    if (!r.isAttested()) {
      LOG.infof("refused batch %s: %s %s", r.batchNumber().orElse(null), r.refusal(), r.detail());
    }
    return publisher.publish(r, node.member()).thenCompose(x -> record.ack());
  }

  private static Optional<byte[]> header(Message<byte[]> record) {
    return record
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(m -> m.getHeaders().lastHeader(HEADER))
        .map(Header::value);
  }
}
