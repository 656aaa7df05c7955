package io.validium.sequencer.engine;

import io.validium.core.crypto.EdDsaBatchVerifier;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.state.SignatureCheck;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies the signatures of pending submissions in batches on every core, before they are decided
 * one by one in their order. Every submission (a single REST request, the items of a bulk body, a
 * poll of ingress records) queues its signature; each worker takes what is waiting, up to its share
 * and {@code maxBatch}, and verifies it with one {@link EdDsaBatchVerifier} call. Nothing waits for
 * a batch to fill: under light load a batch is one signature, under heavy load batches grow by
 * themselves. When the queue is full the submitter verifies itself, so the pool never grows and
 * never refuses. A verified transfer also gets its commitment leaf hashed here, so that closing a
 * batch under the sequencer's lock only chains the leaves.
 */
public final class SignatureWorkers implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(SignatureWorkers.class.getName());

  private record Pending(Transaction tx, EdDsaPublicKey key, CompletableFuture<Precheck> result) {}

  private final Sequencer sequencer;
  private final BlockingQueue<Pending> queue;
  private final Thread[] threads;
  private final int maxBatch;
  private final EdDsaBatchVerifier verifier = new EdDsaBatchVerifier();
  private volatile boolean closed;

  public SignatureWorkers(Sequencer sequencer, int threads, int queue, int maxBatch) {
    if (threads < 1 || queue < 1 || maxBatch < 1) {
      throw new IllegalArgumentException("threads, queue and max batch must be positive");
    }
    this.sequencer = sequencer;
    this.queue = new ArrayBlockingQueue<>(queue);
    this.maxBatch = maxBatch;
    this.threads = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(this::run, "sequencer-signatures-" + (i + 1));
      t.setDaemon(true);
      this.threads[i] = t;
      t.start();
    }
  }

  /** The precheck of one transaction, verified in a batch with whatever else is pending. */
  public CompletableFuture<Precheck> precheck(Transaction tx) {
    EdDsaPublicKey key = sequencer.signerKey(tx);
    if (key == null) {
      return CompletableFuture.completedFuture(Precheck.NONE);
    }
    CompletableFuture<Precheck> f = new CompletableFuture<>();
    Pending p = new Pending(tx, key, f);
    // Full queue (or shutting down): the submitter verifies itself. A closing pool may have
    // drained its queue before this offer landed; whoever removes the entry verifies it.
    if (closed || !queue.offer(p) || (closed && queue.remove(p))) {
      f.complete(verifyHere(tx, key));
    }
    return f;
  }

  /** One precheck per transaction, in the same order; a null transaction gets {@code NONE}. */
  public List<Precheck> precheckAll(List<Transaction> txs) {
    List<CompletableFuture<Precheck>> futures = new ArrayList<>(txs.size());
    for (Transaction tx : txs) {
      futures.add(tx == null ? CompletableFuture.completedFuture(Precheck.NONE) : precheck(tx));
    }
    List<Precheck> out = new ArrayList<>(txs.size());
    for (CompletableFuture<Precheck> f : futures) {
      out.add(f.join());
    }
    return out;
  }

  /**
   * One precheck per transaction, in the same order, verified in one batch on the calling thread (a
   * chunk of an ingress poll or a bulk body, already on a thread of its own); a null transaction or
   * an unknown sender gets {@code NONE}.
   */
  public List<Precheck> verifyHere(List<Transaction> txs) {
    List<Pending> batch = new ArrayList<>(txs.size());
    List<CompletableFuture<Precheck>> out = new ArrayList<>(txs.size());
    for (Transaction tx : txs) {
      EdDsaPublicKey key = tx == null ? null : sequencer.signerKey(tx);
      if (key == null) {
        out.add(CompletableFuture.completedFuture(Precheck.NONE));
      } else {
        Pending p = new Pending(tx, key, new CompletableFuture<>());
        batch.add(p);
        out.add(p.result());
      }
    }
    if (!batch.isEmpty()) {
      verify(batch);
    }
    return out.stream().map(CompletableFuture::join).toList();
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(maxBatch);
    while (!closed) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        break;
      }
      // Leave the other workers their share of what waits, so that every core verifies.
      int share = (queue.size() + threads.length) / threads.length;
      queue.drainTo(batch, Math.min(maxBatch, share + 1) - 1);
      verify(batch);
      batch.clear();
    }
    // Closing: whatever still waits is verified by the thread that closes, see close().
  }

  private void verify(List<Pending> batch) {
    List<Transaction> txs = new ArrayList<>(batch.size());
    List<EdDsaPublicKey> keys = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      txs.add(p.tx());
      keys.add(p.key());
    }
    Precheck[] checks = verifyBatch(verifier, txs, keys);
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).result().complete(checks[i]);
    }
  }

  /**
   * The verdicts for {@code txs} (transfers and withdrawals) against {@code keys}, from one batch
   * verification on the calling thread; a verified transfer gets its commitment leaf hashed too.
   */
  static Precheck[] verifyBatch(
      EdDsaBatchVerifier verifier, List<Transaction> txs, List<EdDsaPublicKey> keys) {
    Precheck[] out = new Precheck[txs.size()];
    try {
      List<EdDsaBatchVerifier.Item> items = new ArrayList<>(txs.size());
      for (int i = 0; i < txs.size(); i++) {
        items.add(SignatureCheck.batchItem(keys.get(i), txs.get(i)));
      }
      boolean[] valid = verifier.verifyAll(items);
      for (int i = 0; i < out.length; i++) {
        if (valid[i]) {
          warmLeaf(txs.get(i));
        }
        out[i] = Precheck.of(txs.get(i), keys.get(i), valid[i]);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "batch signature verification failed; verifying one by one", e);
      for (int i = 0; i < out.length; i++) {
        if (out[i] == null) {
          out[i] = verifyHere(txs.get(i), keys.get(i));
        }
      }
    }
    return out;
  }

  private static Precheck verifyHere(Transaction tx, EdDsaPublicKey key) {
    Precheck p = Precheck.verify(tx, key);
    if (p.isValid()) {
      warmLeaf(tx);
    }
    return p;
  }

  private static void warmLeaf(Transaction tx) {
    if (tx instanceof Transfer t) {
      t.commitmentLeaf();
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Thread t : threads) {
      t.interrupt();
    }
    Pending p;
    while ((p = queue.poll()) != null) {
      p.result().complete(verifyHere(p.tx(), p.key()));
    }
  }
}
