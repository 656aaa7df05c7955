package io.validium.sequencer.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.validium.core.batch.BatchHeader;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.ChainId;
import io.validium.sequencer.app.Intake;
import io.validium.sequencer.config.SequencerConfig;
import io.validium.sequencer.engine.Admission;
import io.validium.sequencer.engine.BatchStatus;
import io.validium.sequencer.engine.SealedBatch;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.engine.Submission;
import io.validium.sequencer.wire.Parsed;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows what happens to batches after the sequencer: attestations (available), proofs (proven),
 * and L1 events (deposits to include; batches submitted, finalized or failed). These topics are
 * read from the beginning on every start with a fresh group, so the lifecycle is rebuilt from them;
 * deposits already in the log come back as duplicates and change nothing. A record that does not
 * parse, or that {@link LifecycleVerifier} does not let count, is logged, counted in {@code
 * validium.sequencer.lifecycle.refused} (by topic and reason) and skipped.
 */
@ApplicationScoped
public class LifecycleConsumer {
  private static final Logger LOG = Logger.getLogger(LifecycleConsumer.class.getName());
  private static final int MAX_EVENT_BYTES = 64 * 1024;

  private final Sequencer sequencer;
  private final Intake intake;
  private final LifecycleVerifier verifier;
  private final MeterRegistry registry;

  public LifecycleConsumer(
      Sequencer sequencer, Intake intake, SequencerConfig config, MeterRegistry registry) {
    this.sequencer = sequencer;
    this.intake = intake;
    this.registry = registry;
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
  public void onL1Event(byte[] value) throws InterruptedException {
    JsonNode event = parse(value, "L1 event");
    if (event == null) {
      return;
    }
    String type = event.path("type").asText("");
    switch (type) {
      case "deposit" -> deposit(event);
      case "batchSubmitted" -> advance(event, BatchStatus.SUBMITTED, null);
      case "batchFinalized" -> advance(event, BatchStatus.FINALIZED, null);
      case "batchFailed" -> advance(event, BatchStatus.FAILED, event.path("reason").asText(null));
      default -> LOG.warning("skipping L1 event of unknown type " + abbreviate(type));
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
    if (!v.counts()) {
      LOG.warning("an attestation does not count: " + v.refusal() + ": " + v.detail());
      refused("attestations", v.refusal().name());
      return;
    }
    sequencer.attest(v.batch(), v.member().toLowerCase(java.util.Locale.ROOT));
  }

  private Optional<BatchHeader> header(BatchNumber n) {
    return sequencer.read(l -> l.batch(n).map(SealedBatch::header));
  }

  private void refused(String topic, String reason) {
    registry
        .counter("validium.sequencer.lifecycle.refused", "topic", topic, "reason", reason)
        .increment();
  }

  private void deposit(JsonNode event) throws InterruptedException {
    Parsed<Deposit> d = intake.json().parseDeposit(event);
    if (!d.isOk()) {
      LOG.warning("skipping a malformed deposit event: " + d.error());
      return;
    }
    while (true) {
      Submission s = sequencer.submitDeposit(d.value());
      if (s instanceof Submission.Refused r) {
        if (r.refusal() == Submission.Refusal.HALTED) {
          throw new IllegalStateException(r.detail());
        }
        Thread.sleep(50);
        continue;
      }
      Submission.Decided decided = (Submission.Decided) s;
      if (decided.admission() instanceof Admission.Rejected rej) {
        LOG.warning("deposit " + d.value().index() + " refused: " + rej.reason());
        return;
      }
      // Acknowledged (and so never redelivered) only once the log holds it.
      decided.durable().join();
      return;
    }
  }

  private void advance(JsonNode event, BatchStatus status, String detail) {
    BatchNumber n = batchNumber(event);
    if (n == null) {
      LOG.warning("skipping a " + status + " event without a valid batchNumber");
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
