package io.validium.sequencer.engine;

import io.validium.core.tx.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool that verifies the signatures of many submissions at once (a bulk request, a poll
 * of ingress records) before they are decided one by one in their order. When the queue is full the
 * submitting thread verifies itself, so the pool never grows and never refuses.
 */
public final class SignatureWorkers implements AutoCloseable {
  private final Sequencer sequencer;
  private final ThreadPoolExecutor pool;

  public SignatureWorkers(Sequencer sequencer, int threads, int queue) {
    this.sequencer = sequencer;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, "sequencer-signatures-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            // Full queue (or shutting down): the submitter verifies itself.
            (task, executor) -> task.run());
  }

  /** One precheck per transaction, in the same order; a null transaction gets {@code NONE}. */
  public List<Precheck> precheckAll(List<Transaction> txs) {
    List<CompletableFuture<Precheck>> futures = new ArrayList<>(txs.size());
    for (Transaction tx : txs) {
      futures.add(
          tx == null
              ? CompletableFuture.completedFuture(Precheck.NONE)
              : CompletableFuture.supplyAsync(() -> sequencer.precheck(tx), pool));
    }
    List<Precheck> out = new ArrayList<>(txs.size());
    for (CompletableFuture<Precheck> f : futures) {
      out.add(f.join());
    }
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
