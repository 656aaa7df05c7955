package io.validium.sequencer.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.validium.core.tx.Transaction;
import io.validium.sequencer.engine.Admission;
import io.validium.sequencer.engine.Sequencer;
import io.validium.sequencer.engine.Submission;
import io.validium.sequencer.wire.Parsed;
import io.validium.sequencer.wire.TransactionJson;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies the entries of the L1 priority queue, deposits and forced withdrawals alike (protocol.md
 * 12.4, 17.6): each in the one {@code depositIndex} order the state transition function enforces,
 * never held back by unfinalized batches, and returned only once the log holds it, so that a record
 * is acknowledged only when durable. A redelivered entry has the same hash and is a duplicate. An
 * entry that does not parse, or that the state transition function rejects, goes to the rejected
 * topic with its reason and the consumer goes on; {@code validium.sequencer.priority.entries}
 * counts every entry by kind and outcome.
 */
final class PriorityEntries {
  private static final Logger LOG = Logger.getLogger(PriorityEntries.class.getName());
  private static final long BUSY_WAIT_MS = 50;

  /** The two kinds of queue entry, by their {@code type} on the L1 events topic. */
  enum Kind {
    DEPOSIT("deposit"),
    FORCED_WITHDRAWAL("forcedWithdrawal");

    final String type;

    Kind(String type) {
      this.type = type;
    }
  }

  /** Sends a refused record to the rejected topic: reason, detail, field, transaction hash. */
  interface Refuser {
    void refuse(
        ConsumerRecord<String, byte[]> record,
        String reason,
        String detail,
        String field,
        String txHash);
  }

  private final Sequencer sequencer;
  private final TransactionJson json;
  private final Refuser refuser;
  private final MeterRegistry registry;

  PriorityEntries(
      Sequencer sequencer, TransactionJson json, Refuser refuser, MeterRegistry registry) {
    this.sequencer = sequencer;
    this.json = json;
    this.refuser = refuser;
    this.registry = registry;
  }

  /** Decides one relayed entry of {@code kind}; returns once it is durable or refused. */
  void apply(Kind kind, JsonNode event, ConsumerRecord<String, byte[]> record)
      throws InterruptedException {
    Parsed<? extends Transaction> parsed =
        switch (kind) {
          case DEPOSIT -> json.parseDeposit(event);
          case FORCED_WITHDRAWAL -> json.parseForcedWithdrawal(event);
        };
    if (!parsed.isOk()) {
      count(kind, "malformed");
      refuser.refuse(
          record,
          parsed.error().kind().name(),
          parsed.error().detail(),
          parsed.error().field(),
          null);
      return;
    }
    Transaction tx = parsed.value();
    Function<Transaction, Submission> submit =
        switch (kind) {
          case DEPOSIT -> t -> sequencer.submitDeposit((io.validium.core.tx.Deposit) t);
          case FORCED_WITHDRAWAL ->
              t -> sequencer.submitForcedWithdrawal((io.validium.core.tx.ForcedWithdrawal) t);
        };
    while (true) {
      Submission s = submit.apply(tx);
      if (s instanceof Submission.Refused r) {
        if (r.refusal() == Submission.Refusal.HALTED) {
          throw new IllegalStateException(r.detail());
        }
        // Starting, or the log is behind: the entry waits here, never dropped.
        Thread.sleep(BUSY_WAIT_MS);
        continue;
      }
      Submission.Decided decided = (Submission.Decided) s;
      if (decided.admission() instanceof Admission.Rejected rej) {
        count(kind, "rejected");
        LOG.warning(kind.type + " " + rej.hash() + " refused: " + rej.reason());
        refuser.refuse(
            record, rej.reason().name(), rej.reason().description(), null, rej.hash().hex());
        return;
      }
      count(kind, decided.admission() instanceof Admission.Duplicate ? "duplicate" : "accepted");
      // Acknowledged (and so never redelivered) only once the log holds it.
      decided.durable().join();
      return;
    }
  }

  private void count(Kind kind, String outcome) {
    registry
        .counter("validium.sequencer.priority.entries", "kind", kind.type, "outcome", outcome)
        .increment();
  }
}
