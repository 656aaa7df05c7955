package io.validium.sequencer.kafka;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.validium.sequencer.app.Intake;
import io.validium.sequencer.engine.Admission;
import io.validium.sequencer.engine.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes signed transactions from the ingress topic, each validated exactly like a REST submission.
 * A poll's records are prepared in chunks on every core and decided in order; the poll is
 * acknowledged (its offsets committed) only when every accepted transaction is durable and every
 * refused record is on the rejected topic, so a crash replays the poll and idempotency makes the
 * replay harmless. That acknowledgement comes later, from the log's writer: the next poll is
 * decided while this one's group is being committed (docs/adr/0047). No record, however malformed,
 * stops the consumer.
 */
@ApplicationScoped
public class IngressConsumer {
  private static final long BUSY_WAIT_MS = 50;

  private final Intake intake;
  private final RejectedRecords rejected;

  public IngressConsumer(Intake intake, RejectedRecords rejected) {
    this.intake = intake;
    this.rejected = rejected;
  }

  @Incoming("tx-ingress")
  @Blocking
  public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch)
      throws InterruptedException {
    List<KafkaRecord<String, byte[]>> records = new ArrayList<>();
    List<byte[]> payloads = new ArrayList<>();
    for (KafkaRecord<String, byte[]> r : batch) {
      records.add(r);
      payloads.add(r.getPayload());
    }
    // Parsed and verified in parallel; decisions in record order.
    List<CompletableFuture<Intake.Prepared>> prepared = intake.prepareAll(payloads);
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      pending.add(handle(records.get(i), prepared.get(i).join()));
    }
    // Acknowledged once durable, without holding up the next poll; a failed append halts the
    // sequencer and fails the channel, leaving the poll uncommitted for the restart to read again.
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .whenComplete(
            (ok, err) -> {
              if (err == null) {
                batch.ack();
              } else {
                batch.nack(err);
              }
            });
    return CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<Void> handle(KafkaRecord<String, byte[]> r, Intake.Prepared p)
      throws InterruptedException {
    while (true) {
      Intake.Result result = intake.submit(p);
      if (result instanceof Intake.Result.Invalid inv) {
        return reject(
            r, inv.error().kind().name(), inv.error().detail(), inv.error().field(), null);
      }
      Submission s = ((Intake.Result.Submitted) result).submission();
      if (s instanceof Submission.Refused refused) {
        if (refused.refusal() == Submission.Refusal.HALTED) {
          // Not acknowledged: after the restart the record is read again.
          throw new IllegalStateException(refused.detail());
        }
        // Backpressure: the record waits in Kafka, which is what Kafka is for.
        Thread.sleep(BUSY_WAIT_MS);
        continue;
      }
      Submission.Decided d = (Submission.Decided) s;
      if (d.admission() instanceof Admission.Rejected rej) {
        return reject(r, rej.reason().name(), rej.reason().description(), null, rej.hash().hex());
      }
      return d.durable();
    }
  }

  private static long offset(KafkaRecord<String, byte[]> r) {
    return r.getMetadata()
        .get(IncomingKafkaRecordMetadata.class)
        .map(m -> ((IncomingKafkaRecordMetadata<?, ?>) m).getOffset())
        .orElse(-1L);
  }

  private CompletableFuture<Void> reject(
      KafkaRecord<String, byte[]> r, String reason, String detail, String field, String hash) {
    return rejected.send(
        r.getKey(),
        r.getPayload(),
        r.getTopic(),
        r.getPartition(),
        offset(r),
        reason,
        detail,
        field,
        hash);
  }
}
