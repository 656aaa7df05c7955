package io.validium.sequencer.engine;

import io.validium.core.crypto.EdDsaBatchVerifier;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.tx.Transaction;
import io.validium.sequencer.log.LogEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Feeds a replayed log to the ledger one record at a time, in log order, while the records a few
 * chunks ahead get their hashes and signature verdicts on other threads. Replay re-decides every
 * logged transaction with the state transition function, signatures included, so that a log is
 * never trusted blindly; verified one by one on the replaying thread, those signatures were most of
 * a restart's time (docs/adr/0053). A verdict computed ahead is only a {@link Precheck}: a sender
 * whose key was not yet known (an account opened earlier in the same stretch of log) is verified
 * when its transaction is applied, so the decisions are those of a serial replay.
 */
final class LogReplay implements Consumer<LogEntry>, AutoCloseable {
  /** Records per batch verification; batches of about 64 are the cheapest per signature. */
  static final int CHUNK = 64;

  /** Applies one record with what was computed ahead (null for a record that is no transaction). */
  interface Apply {
    void apply(LogEntry entry, TxHash hash, Precheck signature);
  }

  private record Prepared(List<LogEntry> entries, TxHash[] hashes, Precheck[] checks) {}

  private final Function<Transaction, EdDsaPublicKey> keys;
  private final Apply apply;
  private final ExecutorService pool;
  private final int ahead;
  private final EdDsaBatchVerifier verifier = new EdDsaBatchVerifier();
  private final ArrayDeque<Future<Prepared>> inFlight = new ArrayDeque<>();
  private List<LogEntry> chunk = new ArrayList<>(CHUNK);

  /**
   * {@code keys} gives a transaction's signer key as the ledger knows it now (null when unknown);
   * {@code threads} prepare chunks ahead, 0 prepares each on the replaying thread.
   */
  LogReplay(Function<Transaction, EdDsaPublicKey> keys, int threads, Apply apply) {
    if (threads < 0) {
      throw new IllegalArgumentException("replay threads must not be negative, not " + threads);
    }
    this.keys = keys;
    this.apply = apply;
    this.ahead = 2 * threads;
    this.pool =
        threads == 0
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "sequencer-replay");
                  t.setDaemon(true);
                  return t;
                });
  }

  @Override
  public void accept(LogEntry entry) {
    chunk.add(entry);
    if (chunk.size() == CHUNK) {
      dispatch();
    }
  }

  /** Applies everything still buffered or being prepared; call once the log is read. */
  void finish() {
    if (!chunk.isEmpty()) {
      dispatch();
    }
    while (!inFlight.isEmpty()) {
      applyAll(join(inFlight.poll()));
    }
  }

  private void dispatch() {
    List<LogEntry> entries = chunk;
    chunk = new ArrayList<>(CHUNK);
    if (pool == null) {
      applyAll(prepare(entries));
      return;
    }
    inFlight.add(pool.submit(() -> prepare(entries)));
    while (inFlight.size() > ahead) {
      applyAll(join(inFlight.poll()));
    }
  }

  private Prepared prepare(List<LogEntry> entries) {
    TxHash[] hashes = new TxHash[entries.size()];
    Precheck[] checks = new Precheck[entries.size()];
    List<Transaction> signed = new ArrayList<>(entries.size());
    List<EdDsaPublicKey> signers = new ArrayList<>(entries.size());
    List<Integer> at = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof LogEntry.Accepted a) {
        Transaction tx = a.transaction();
        hashes[i] = TxHash.of(tx);
        checks[i] = Precheck.NONE;
        EdDsaPublicKey key = keys.apply(tx);
        if (key != null) {
          signed.add(tx);
          signers.add(key);
          at.add(i);
        }
      }
    }
    if (!signed.isEmpty()) {
      Precheck[] verdicts = SignatureWorkers.verifyBatch(verifier, signed, signers);
      for (int j = 0; j < verdicts.length; j++) {
        checks[at.get(j)] = verdicts[j];
      }
    }
    return new Prepared(entries, hashes, checks);
  }

  private void applyAll(Prepared p) {
    for (int i = 0; i < p.entries().size(); i++) {
      apply.apply(p.entries().get(i), p.hashes()[i], p.checks()[i]);
    }
  }

  private static Prepared join(Future<Prepared> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying the log", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("preparing replayed records failed", e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
