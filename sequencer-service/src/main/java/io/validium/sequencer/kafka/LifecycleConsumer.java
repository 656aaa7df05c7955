package io.validium.sequencer.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.validium.core.batch.BatchHeader;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.ChainId;
import io.validium.sequencer.app.Intake;
import io.validium.sequencer.config.SequencerConfig;
import io.validium.sequencer.engine.BatchStatus;
import io.validium.sequencer.engine.SealedBatch;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.wire.Parsed;
import io.validium.sequencer.wire.WireError;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows what happens to batches after the sequencer: attestations (available), proofs (proven),
 * and L1 events (priority-queue entries to include, deposits and forced withdrawals; batches
 * submitted, finalized or failed). These topics are read from the beginning on every start with a
 * fresh group, so the lifecycle is rebuilt from them; entries already in the log come back as
 * duplicates and change nothing. A record that does not parse, or that {@link LifecycleVerifier}
 * does not let count, is logged, counted in {@code validium.sequencer.lifecycle.refused} (by topic
 * and reason) and skipped; an L1 event is also written to the rejected topic with its reason.
 */
@ApplicationScoped
public class LifecycleConsumer {
  private static final Logger LOG = Logger.getLogger(LifecycleConsumer.class.getName());
  private static final int MAX_EVENT_BYTES = 64 * 1024;

  private final Sequencer sequencer;
  private final Intake intake;
  private final LifecycleVerifier verifier;
  private final MeterRegistry registry;
  private final RejectedRecords rejected;
  private final PriorityEntries priority;

  public LifecycleConsumer(
      Sequencer sequencer,
      Intake intake,
      SequencerConfig config,
      MeterRegistry registry,
      RejectedRecords rejected) {
    this.sequencer = sequencer;
    this.intake = intake;
    this.registry = registry;
    this.rejected = rejected;
    this.priority = new PriorityEntries(sequencer, intake.json(), this::refuseL1, registry);
    Domain domain =
        new Domain(
            ChainId.of(config.domain().chainId()), Address.parse(config.domain().validium()));
    this.verifier =
        new LifecycleVerifier(
            domain,
            config
                .committee()
                .members()
                .map(m -> m.stream().map(Address::parse).collect(Collectors.toSet())));
  }

  @Incoming("l1-events-in")
  @Blocking
  public void onL1Event(ConsumerRecord<String, byte[]> record) throws InterruptedException {
    byte[] value = record.value();
    if (value == null || value.length == 0) {
      refuseL1(record, WireError.Kind.MALFORMED_JSON.name(), "the record is empty", null, null);
      return;
    }
    if (value.length > MAX_EVENT_BYTES) {
      refuseL1(
          record,
          WireError.Kind.TOO_LARGE.name(),
          "an L1 event is at most " + MAX_EVENT_BYTES + " bytes",
          null,
          null);
      return;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(value)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      refuseL1(record, WireError.Kind.MALFORMED_JSON.name(), "the record is not UTF-8", null, null);
      return;
    }
    Parsed<JsonNode> tree = intake.json().tree(text);
    if (!tree.isOk()) {
      refuseL1(record, tree.error().kind().name(), tree.error().detail(), null, null);
      return;
    }
    JsonNode event = tree.value();
    if (!event.isObject()) {
      refuseL1(
          record, WireError.Kind.WRONG_SHAPE.name(), "an L1 event is a JSON object", null, null);
      return;
    }
    String type = event.path("type").asText("");
    switch (type) {
      case "deposit" -> priority.apply(PriorityEntries.Kind.DEPOSIT, event, record);
      case "forcedWithdrawal" ->
          priority.apply(PriorityEntries.Kind.FORCED_WITHDRAWAL, event, record);
      case "batchSubmitted" -> advance(record, event, BatchStatus.SUBMITTED, null);
      case "batchFinalized" -> advance(record, event, BatchStatus.FINALIZED, null);
      case "batchFailed" ->
          advance(record, event, BatchStatus.FAILED, event.path("reason").asText(null));
      default ->
          refuseL1(
              record,
              WireError.Kind.UNSUPPORTED_TYPE.name(),
              "no L1 event of type " + abbreviate(type),
              "type",
              null);
    }
  }

  /**
   * Logs, counts and writes a refused L1 event to the rejected topic with where it came from. Not
   * awaited: the topic is re-read from the start on every run anyway, so waiting would make no
   * refusal more durable, and it must not hold up the priority queue. A rerun writes the refusal
   * again, with the same topic, partition and offset, by which a reader recognises it.
   */
  private void refuseL1(
      ConsumerRecord<String, byte[]> record,
      String reason,
      String detail,
      String field,
      String txHash) {
    LOG.warning("refusing L1 event at offset " + record.offset() + ": " + reason + ": " + detail);
    refused("l1-events", reason);
    try {
      rejected
          .send(
              record.key(),
              record.value(),
              record.topic(),
              record.partition(),
              record.offset(),
              reason,
              detail,
              field,
              txHash)
          .whenComplete(
              (ok, err) -> {
                if (err != null) {
                  LOG.warning("the rejected topic did not take a refused L1 event: " + err);
                }
              });
    } catch (RuntimeException e) {
      // An emitter whose buffer is full throws; the refusal is logged above, the queue goes on.
      LOG.warning("could not send a refused L1 event to the rejected topic: " + e);
    }
  }

  @Incoming("proofs-in")
  public void onProof(byte[] value) {
    JsonNode proof = parse(value, "proof");
    if (proof == null) {
      refused("proofs", "MALFORMED");
      return;
    }
    LifecycleVerifier.Verdict v = verifier.proof(proof, this::header);
    if (isForPrunedBatch(v)) {
      return;
    }
    if (!v.counts()) {
      LOG.warning("a proof does not count: " + v.refusal() + ": " + v.detail());
      refused("proofs", v.refusal().name());
      return;
    }
    sequencer.advance(v.batch(), BatchStatus.PROVEN, null);
  }

  @Incoming("attestations-in")
  public void onAttestation(byte[] value) {
    LifecycleVerifier.Verdict v = verifier.attestation(value, this::header);
    if (isForPrunedBatch(v)) {
      return;
    }
    if (!v.counts()) {
      LOG.warning("an attestation does not count: " + v.refusal() + ": " + v.detail());
      refused("attestations", v.refusal().name());
      return;
    }
    sequencer.attest(v.batch(), v.member().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A record about a batch that is final and pruned is old news, not a fault: these topics are
   * re-read from their start on every run.
   */
  private boolean isForPrunedBatch(LifecycleVerifier.Verdict v) {
    return v.refusal() == LifecycleVerifier.Refusal.UNKNOWN_BATCH
        && sequencer.read(l -> l.isPruned(v.batch()));
  }

  private Optional<BatchHeader> header(BatchNumber n) {
    return sequencer.read(l -> l.batch(n).map(SealedBatch::header));
  }

  private void refused(String topic, String reason) {
    registry
        .counter("validium.sequencer.lifecycle.refused", "topic", topic, "reason", reason)
        .increment();
  }

  private void advance(
      ConsumerRecord<String, byte[]> record, JsonNode event, BatchStatus status, String detail) {
    BatchNumber n = batchNumber(event);
    if (n == null) {
      refuseL1(
          record,
          WireError.Kind.INVALID_FIELD.name(),
          "a " + status + " event needs a valid batchNumber",
          "batchNumber",
          null);
      return;
    }
    sequencer.advance(n, status, detail);
  }

  private static BatchNumber batchNumber(JsonNode node) {
    return LifecycleVerifier.batchNumber(node.get("batchNumber"));
  }

  private JsonNode parse(byte[] value, String what) {
    if (value == null || value.length == 0 || value.length > MAX_EVENT_BYTES) {
      LOG.warning("skipping an empty or oversized " + what);
      return null;
    }
    Parsed<JsonNode> tree = intake.json().tree(new String(value, StandardCharsets.UTF_8));
    if (!tree.isOk() || !tree.value().isObject()) {
      LOG.warning("skipping a " + what + " that is not a JSON object");
      return null;
    }
    return tree.value();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
