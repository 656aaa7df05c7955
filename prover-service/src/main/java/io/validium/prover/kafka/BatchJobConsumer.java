package io.validium.prover.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.validium.prover.app.ProverMetrics;
import io.validium.prover.app.ProverRuntime;
import io.validium.prover.job.JobProcessor;
import io.validium.prover.job.JobResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Takes proving jobs from the batch topic in the prover group (each partition to one instance) and
 * publishes each proof before acknowledging its record, so a crash in between proves the batch
 * again; refused records are nacked into the dead-letter topic with their reason and the consumer
 * goes on.
 */
@ApplicationScoped
public class BatchJobConsumer {
  /** The record header holding the batch header (protocol.md 8.4). */
  public static final String HEADER = "validium-header";

  private static final Logger LOG = Logger.getLogger(BatchJobConsumer.class);

  private final ProverRuntime runtime;
  private final ProverMetrics metrics;
  private final MutinyEmitter<String> proofs;
  private final ObjectMapper mapper;

  public BatchJobConsumer(
      ProverRuntime runtime,
      ProverMetrics metrics,
      @Channel("proofs-out") MutinyEmitter<String> proofs,
      ObjectMapper mapper) {
    this.runtime = runtime;
    this.metrics = metrics;
    this.proofs = proofs;
    this.mapper = mapper;
  }

  @Incoming("batch-jobs")
  @Blocking
  public CompletionStage<Void> consume(Message<byte[]> message) {
    IncomingKafkaRecordMetadata<?, ?> meta =
        message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
    String key = meta.getKey() instanceof String s ? s : null;
    Header h = meta.getHeaders().lastHeader(HEADER);
    MDC.put("batchNumber", key == null ? "?" : key);
    try {
      Optional<JobProcessor> processor = runtime.processor();
      if (processor.isEmpty()) {
        // Start-up failed and the application exits: the record stays uncommitted for the next
        // instance, neither proven nor dead-lettered.
        return new CompletableFuture<>();
      }
      numberOf(key).ifPresent(metrics::seen);
      JobResult result =
          processor.get().process(key, message.getPayload(), h == null ? null : h.value());
      if (result instanceof JobResult.Proven p) {
        long n = p.header().number().value();
        metrics.seen(n);
        proofs.sendMessageAndAwait(
            Message.of(ProofRecord.json(mapper, p.header(), p.proof(), p.l1()))
                .addMetadata(
                    OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(Long.toString(n))
                        .build()));
        metrics.proven(n, p.provingNanos(), processor.get().constraints());
        LOG.infof(
            "batch %d proven in %d ms and published (partition %d offset %d)",
            n, p.provingNanos() / 1_000_000, meta.getPartition(), meta.getOffset());
        return message.ack();
      }
      JobResult.Refused r = (JobResult.Refused) result;
      metrics.refused(r.refusal().reason());
      LOG.warnf(
          "batch record at partition %d offset %d refused, to the dead letters: %s",
          meta.getPartition(), meta.getOffset(), r.refusal());
      return message.nack(new RefusedBatchException(r.refusal()));
    } catch (RuntimeException e) {
      metrics.failed(e.getClass().getSimpleName());
      LOG.errorf(
          e,
          "batch record at partition %d offset %d failed",
          meta.getPartition(),
          meta.getOffset());
      return message.nack(e);
    } finally {
      MDC.remove("batchNumber");
    }
  }

  private static OptionalLong numberOf(String key) {
    if (key == null || key.isEmpty() || key.length() > 19) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(key));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
