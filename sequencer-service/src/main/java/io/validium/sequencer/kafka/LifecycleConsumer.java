package io.validium.sequencer.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.validium.core.tx.Deposit;
import io.validium.core.types.BatchNumber;
import io.validium.sequencer.app.Intake;
import io.validium.sequencer.engine.Admission;
import io.validium.sequencer.engine.BatchStatus;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.engine.Submission;
import io.validium.sequencer.wire.Parsed;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows what happens to batches after the sequencer: attestations (available), proofs (proven),
 * and L1 events (deposits to include; batches submitted, finalized or failed). These topics are
 * read from the beginning on every start with a fresh group, so the lifecycle is rebuilt from them;
 * deposits already in the log come back as duplicates and change nothing. A record that does not
 * parse is logged and skipped: these topics are written by the system's own services.
 */
@ApplicationScoped
public class LifecycleConsumer {
  private static final Logger LOG = Logger.getLogger(LifecycleConsumer.class.getName());
  private static final int MAX_EVENT_BYTES = 64 * 1024;

  private final Sequencer sequencer;
  private final Intake intake;

  public LifecycleConsumer(Sequencer sequencer, Intake intake) {
    this.sequencer = sequencer;
    this.intake = intake;
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
    if (proof != null) {
      advance(proof, BatchStatus.PROVEN, null);
    }
  }

  @Incoming("attestations-in")
  public void onAttestation(byte[] value) {
    JsonNode a = parse(value, "attestation");
    if (a == null) {
      return;
    }
    BatchNumber n = batchNumber(a);
    String member = a.path("member").asText("");
    if (n == null || !member.matches("0x[0-9a-fA-F]{40}")) {
      LOG.warning("skipping an attestation without batch number or member address");
      return;
    }
    sequencer.attest(n, member.toLowerCase(java.util.Locale.ROOT));
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
    JsonNode v = node.get("batchNumber");
    try {
      if (v != null && v.isTextual()) {
        return BatchNumber.parse(v.textValue());
      }
      if (v != null && v.canConvertToLong()) {
        return BatchNumber.of(v.longValue());
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
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
