package io.validium.sequencer.engine;

import io.validium.core.tx.Transaction;
import io.validium.core.types.BatchNumber;
import io.validium.sequencer.engine.Submission.Refusal;
import io.validium.sequencer.log.AcceptedLog;
import io.validium.sequencer.log.LogEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Orders transactions: decides each against the {@link Ledger} under one lock, writes every
 * acceptance and every batch boundary to the {@link AcceptedLog} in that same order, and
 * acknowledges only what the log holds. Closed batches go to the {@link BatchSink} in order, each
 * once its boundary is durable. If the log fails, the sequencer halts: what it answered stays true,
 * and a restart rebuilds exactly what the log holds.
 */
public final class Sequencer {
  private static final Logger LOG = Logger.getLogger(Sequencer.class.getName());
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  /** The bounds and batch rules the sequencer runs with. */
  public record Rules(
      int maxBatchTransactions,
      Duration maxBatchAge,
      int maxPendingTransactions,
      int maxUnfinalizedBatches,
      int attestationThreshold) {}

  private final Ledger ledger;
  private final AcceptedLog log;
  private final BatchSink sink;
  private final Rules rules;
  private final Clock clock;
  private final Object lock = new Object();
  private final Semaphore pending;
  private final Map<TxHash, CompletableFuture<Void>> undurable = new ConcurrentHashMap<>();
  private final AtomicBoolean publishing = new AtomicBoolean();
  // Hashes each closed batch's commitment off the lock, in closing order (docs/adr/0049).
  private final Executor headers;
  private volatile Refusal refusal = Refusal.STARTING;
  private volatile String haltCause;
  // Batches numbered below this have a durable boundary; guarded by lock.
  private long durableSealsBelow;

  /** A sequencer that hashes batch headers on its own daemon thread. */
  public Sequencer(Ledger ledger, AcceptedLog log, BatchSink sink, Rules rules, Clock clock) {
    this(ledger, log, sink, rules, clock, headerThread());
  }

  /** {@code headers} runs each closed batch's header hashing and then its publication. */
  public Sequencer(
      Ledger ledger, AcceptedLog log, BatchSink sink, Rules rules, Clock clock, Executor headers) {
    this.headers = headers;
    this.ledger = ledger;
    this.log = log;
    this.sink = sink;
    this.rules = rules;
    this.clock = clock;
    this.pending = new Semaphore(rules.maxPendingTransactions());
  }

  /**
   * Rebuilds the ledger from the log, then opens for submissions. Returns the records read. Closed
   * batches that were never published go out on the next {@link #tick()}.
   */
  public long recover() {
    return recover(Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@link #recover()}, with the replayed records' signatures verified in batches on {@code
   * threads} threads ahead of the replaying one (0: all on the replaying thread).
   */
  public long recover(int threads) {
    long records;
    long started = System.nanoTime();
    synchronized (lock) {
      try (LogReplay replay = new LogReplay(this::signerKey, threads, this::replayOne)) {
        records = log.replay(replay);
        replay.finish();
      }
      durableSealsBelow = ledger.openNumber().value();
      for (SealedBatch b : ledger.sealedBatches()) {
        if (!b.isPublished()) {
          hashHeaderThenPublish(b);
        }
      }
      refusal = null;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    long read = records;
    // Restart time grows with the log; operators read it here (docs/operations.md, "Restarts").
    LOG.info(
        () ->
            "recovered "
                + ledger.acceptedCount()
                + " transactions from "
                + read
                + " log records in "
                + millis
                + " ms, open batch "
                + ledger.openNumber()
                + ", root "
                + ledger.state().root());
    return records;
  }

  private void replayOne(LogEntry e, TxHash hash, Precheck signature) {
    Instant now = clock.instant();
    if (e instanceof LogEntry.Accepted a) {
      Admission adm = ledger.admit(a.transaction(), hash, now, signature);
      if (!(adm instanceof Admission.Accepted)) {
        // Only possible after a halt: an append that failed while later ones went through. That
        // later transaction was never acknowledged, so leaving it out loses nothing promised.
        LOG.warning("log replay: " + hash + " no longer applies (" + adm + "), skipped");
      }
    } else if (e instanceof LogEntry.Sealed s) {
      if (!s.batch().equals(ledger.openNumber())) {
        throw new IllegalStateException(
            "log closes batch " + s.batch() + " while batch " + ledger.openNumber() + " is open");
      }
      if (ledger.openSize() != s.count()) {
        LOG.warning(
            "log replay: batch "
                + s.batch()
                + " had "
                + s.count()
                + " transactions, now "
                + ledger.openSize());
      }
      if (ledger.openSize() > 0) {
        ledger.seal(now);
      }
    } else if (e instanceof LogEntry.Published p) {
      ledger.markPublished(p.batch());
    } else if (e instanceof LogEntry.Finalized f) {
      ledger.finalizedThrough(f.batch());
    }
  }

  /**
   * Decides {@code tx}, verifying its signature first on the calling thread; never blocks on I/O.
   */
  public Submission submit(Transaction tx) {
    return submit(tx, precheck(tx));
  }

  /**
   * Decides {@code tx} with a signature verdict computed beforehand ({@link #precheck}), so that
   * the lock is held only for the decision itself.
   */
  public Submission submit(Transaction tx, Precheck signature) {
    return submit(tx, TxHash.of(tx), signature, true);
  }

  /**
   * Decides {@code tx} whose hash ({@link TxHash#of}) and signature verdict were computed
   * beforehand, off the deciding thread.
   */
  public Submission submit(Transaction tx, TxHash hash, Precheck signature) {
    return submit(tx, hash, signature, true);
  }

  /**
   * Verifies the signature of a transfer or withdrawal against its sender's current key, without
   * the lock; {@link Precheck#NONE} when there is nothing to verify yet (a deposit, an unknown
   * sender). Safe on any thread.
   */
  public Precheck precheck(Transaction tx) {
    io.validium.core.crypto.EdDsaPublicKey key = signerKey(tx);
    return key == null ? Precheck.NONE : Precheck.verify(tx, key);
  }

  /**
   * The key a transfer's or withdrawal's signature must verify under: its sender's, read without
   * the lock; null for a deposit or an unknown sender.
   */
  public io.validium.core.crypto.EdDsaPublicKey signerKey(Transaction tx) {
    if (tx instanceof io.validium.core.tx.Transfer t) {
      return ledger.keyOf(t.from());
    }
    if (tx instanceof io.validium.core.tx.Withdrawal w) {
      return ledger.keyOf(w.from());
    }
    return null;
  }

  /**
   * Decides a deposit relayed from L1. Deposits are not held back by unfinalized batches: L1
   * requires them by a deadline, and the finalization that would lift the bound may be queued
   * behind them.
   */
  public Submission submitDeposit(io.validium.core.tx.Deposit deposit) {
    return submit(deposit, TxHash.of(deposit), Precheck.NONE, false);
  }

  /**
   * Decides a forced withdrawal relayed from L1, exactly like a deposit: the same queue, the same
   * deadline, so never held back by unfinalized batches either. It has no L2 signature to verify.
   */
  public Submission submitForcedWithdrawal(io.validium.core.tx.ForcedWithdrawal request) {
    return submit(request, TxHash.of(request), Precheck.NONE, false);
  }

  private Submission submit(
      Transaction tx, TxHash hash, Precheck signature, boolean boundByFinality) {
    Refusal r = refusal;
    if (r != null) {
      return new Submission.Refused(r, r == Refusal.HALTED ? haltCause : "recovering the log");
    }
    if (!pending.tryAcquire()) {
      return new Submission.Refused(
          Refusal.BUSY, rules.maxPendingTransactions() + " transactions wait for the log");
    }
    synchronized (lock) {
      if (boundByFinality && ledger.unfinalizedCount() >= rules.maxUnfinalizedBatches()) {
        pending.release();
        return new Submission.Refused(
            Refusal.BUSY,
            rules.maxUnfinalizedBatches() + " closed batches are not final on L1 yet");
      }
      Admission a = ledger.admit(tx, hash, clock.instant(), signature);
      if (!(a instanceof Admission.Accepted)) {
        pending.release();
        CompletableFuture<Void> earlier = undurable.get(hash);
        return new Submission.Decided(a, earlier != null ? earlier : DONE);
      }
      CompletableFuture<Void> durable = append(new LogEntry.Accepted(tx));
      undurable.put(hash, durable);
      durable.whenComplete(
          (ok, err) -> {
            undurable.remove(hash);
            pending.release();
          });
      if (ledger.openSize() >= rules.maxBatchTransactions()) {
        sealLocked();
      }
      return new Submission.Decided(a, durable);
    }
  }

  /** Closes the open batch when it is old enough; the scheduler calls this. */
  public void tick() {
    if (refusal != null) {
      return;
    }
    synchronized (lock) {
      Instant now = clock.instant();
      ledger
          .openedAt()
          .filter(t -> !t.plus(rules.maxBatchAge()).isAfter(now))
          .ifPresent(t -> sealLocked());
    }
    publishPending();
  }

  private void sealLocked() {
    SealedBatch b = ledger.seal(clock.instant());
    long number = b.number().value();
    // The commitment chain was a stall of every decision for one Poseidon per transaction of the
    // batch; it is hashed here instead, and the batch goes out once both this and its boundary are
    // done.
    hashHeaderThenPublish(b);
    append(new LogEntry.Sealed(b.number(), b.hashes().size()))
        .thenRun(
            () -> {
              synchronized (lock) {
                durableSealsBelow = Math.max(durableSealsBelow, number + 1);
              }
              publishPending();
            });
  }

  private static Executor headerThread() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "sequencer-batch-header");
          t.setDaemon(true);
          return t;
        });
  }

  private void hashHeaderThenPublish(SealedBatch b) {
    headers.execute(
        () -> {
          b.header();
          publishPending();
        });
  }

  /**
   * Publishes closed, durable, unpublished batches one at a time, lowest number first, each once
   * its header is hashed (so that no caller, a Kafka callback above all, hashes it here).
   */
  private void publishPending() {
    if (refusal != null || !publishing.compareAndSet(false, true)) {
      return;
    }
    SealedBatch next = null;
    synchronized (lock) {
      for (SealedBatch b : ledger.sealedBatches()) {
        if (b.number().value() >= durableSealsBelow) {
          break;
        }
        if (!b.isPublished()) {
          next = b.hasHeader() ? b : null;
          break;
        }
      }
    }
    if (next == null) {
      publishing.set(false);
      return;
    }
    SealedBatch batch = next;
    java.util.concurrent.CompletionStage<Void> sent;
    try {
      sent = sink.publish(batch);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "publishing batch " + batch.number() + " failed", e);
      publishing.set(false);
      return;
    }
    sent.whenComplete(
        (ok, err) -> {
          if (err != null) {
            // The boundary is durable, so the data can be sent again; the next tick retries.
            LOG.log(Level.WARNING, "publishing batch " + batch.number() + " failed", err);
            publishing.set(false);
            return;
          }
          synchronized (lock) {
            ledger.markPublished(batch.number());
            append(new LogEntry.Published(batch.number()));
          }
          publishing.set(false);
          publishPending();
        });
  }

  private CompletableFuture<Void> append(LogEntry e) {
    CompletableFuture<Void> f = log.append(e);
    f.whenComplete(
        (ok, err) -> {
          if (err != null) {
            halt(err);
          }
        });
    return f;
  }

  private void halt(Throwable cause) {
    if (refusal != Refusal.HALTED) {
      haltCause = "the accepted-transaction log failed: " + cause;
      refusal = Refusal.HALTED;
      LOG.log(Level.SEVERE, "halting: " + haltCause, cause);
    }
  }

  /** Whether an accepted transaction is in the log yet (false while its append is in flight). */
  public boolean isDurable(TxHash hash) {
    return !undurable.containsKey(hash);
  }

  /** Runs {@code read} on the ledger under the lock; keep it short. */
  public <T> T read(Function<Ledger, T> read) {
    synchronized (lock) {
      return read.apply(ledger);
    }
  }

  /**
   * Moves a batch along its lifecycle (proof, L1 events). Finality is also logged, so that a replay
   * prunes what the ledger pruned instead of holding the whole history until the L1 events are read
   * again.
   */
  public boolean advance(BatchNumber number, BatchStatus status, String detail) {
    synchronized (lock) {
      boolean moved = ledger.advance(number, status, clock.instant(), detail);
      if (moved && status == BatchStatus.FINALIZED) {
        append(new LogEntry.Finalized(number));
      }
      return moved;
    }
  }

  /** Records a committee member's attestation; the batch is available at the threshold. */
  public boolean attest(BatchNumber number, String member) {
    synchronized (lock) {
      return ledger.attest(number, member, rules.attestationThreshold());
    }
  }

  /** Empty while accepting; otherwise why not. */
  public java.util.Optional<Refusal> refusal() {
    return java.util.Optional.ofNullable(refusal);
  }

  public String haltCause() {
    return haltCause;
  }

  public Rules rules() {
    return rules;
  }
}
