package io.validium.prover.replica;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.codec.Decoded;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Domain;
import io.validium.core.types.StateRoot;
import io.validium.prover.job.BatchJob;
import io.validium.prover.job.JobRefusal.Reason;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The prover's own copy of the L2 state: batch 0, 1, 2, ... applied strictly in order, each only if
 * core's re-execution gives exactly the header the record claims. Every applied batch is in the
 * {@link BatchLog} before it counts, and opening the replica replays the log, so a restart costs
 * one re-execution per batch and no proof (ADR 0022).
 */
public final class Replica implements AutoCloseable {
  static final String LOG_FILE = "applied-batches.log";

  private final Domain domain;
  private final int balanceDepth;
  private final BatchLog log;
  private final L2State state;

  private Replica(Domain domain, int balanceDepth, BatchLog log, L2State state) {
    this.domain = domain;
    this.balanceDepth = balanceDepth;
    this.log = log;
    this.state = state;
  }

  /**
   * Opens the replica kept in {@code directory}, replaying its log.
   *
   * @throws IllegalStateException if the log does not replay: the directory belongs to another
   *     deployment or is corrupt, and the prover must not run on it
   */
  public static Replica open(Domain domain, int balanceDepth, Path directory) {
    BatchLog log = BatchLog.open(directory.resolve(LOG_FILE));
    L2State state = new L2State(domain, balanceDepth);
    for (int i = 0; i < log.size(); i++) {
      Decoded<BatchData> data = BatchCodec.decodeData(log.entry(i));
      if (!data.isOk() || data.value().number().value() != i) {
        log.close();
        throw new IllegalStateException("entry " + i + " of the replica log is not batch " + i);
      }
      // Only the state is needed here, not the proof witnesses: replay decides the same and is
      // an order of magnitude cheaper (docs/adr/0055).
      BatchExecution run = BatchExecutor.replay(state, data.value());
      if (!run.isSuccess()) {
        log.close();
        throw new IllegalStateException(
            "batch " + i + " of the replica log does not replay: " + run);
      }
    }
    return new Replica(domain, balanceDepth, log, state);
  }

  /** The number of the batch the replica applies next. */
  public long nextBatch() {
    return log.size();
  }

  /** The state root after the last applied batch. */
  public StateRoot root() {
    return state.root();
  }

  /**
   * Applies the next batch: on success the batch is durable in the log and the state has moved;
   * otherwise nothing changed.
   *
   * @throws IllegalArgumentException if {@code job} is not the next batch, which the caller orders
   */
  public Execution apply(BatchJob job) {
    if (job.number() != nextBatch()) {
      throw new IllegalArgumentException(
          "batch " + job.number() + " is not the next one, " + nextBatch());
    }
    L2State.Savepoint sp = state.savepoint();
    Execution e = execute(state, job);
    if (e.isExecuted()) {
      log.append(job.encoded());
      state.release(sp);
    } else {
      state.rollbackTo(sp);
    }
    return e;
  }

  /**
   * Executes an already applied batch again, on the state rebuilt up to it, for a job that comes
   * back (a redelivery after a crash, a duplicate record). The record must hold the very data that
   * was applied.
   */
  public Execution reexecute(BatchJob job) {
    long n = job.number();
    if (n >= nextBatch()) {
      throw new IllegalArgumentException("batch " + n + " is not applied yet");
    }
    if (!Arrays.equals(log.entry((int) n), job.encoded())) {
      return Execution.refused(
          Reason.CONFLICTS_WITH_APPLIED,
          "another batch " + n + " was applied before; this record's data differs from it");
    }
    L2State before = new L2State(domain, balanceDepth);
    for (int i = 0; i < n; i++) {
      BatchExecutor.replay(before, BatchCodec.decodeData(log.entry(i)).value());
    }
    return execute(before, job);
  }

  private static Execution execute(L2State on, BatchJob job) {
    BatchHeader claimed = job.claimed();
    if (!claimed.oldRoot().equals(on.root())) {
      return Execution.refused(
          Reason.OLD_ROOT_MISMATCH,
          "batch "
              + job.number()
              + " claims old root "
              + claimed.oldRoot()
              + ", the state before it has "
              + on.root());
    }
    BatchExecution run = BatchExecutor.execute(on, job.data());
    if (!run.isSuccess()) {
      return Execution.refused(
          Reason.BATCH_REJECTED,
          "transaction " + run.failedIndex() + " of batch " + job.number() + ": " + run.failure());
    }
    if (!run.header().equals(claimed)) {
      return Execution.refused(
          Reason.HEADER_MISMATCH,
          "re-executing batch " + job.number() + " gives " + run.header() + ", not " + claimed);
    }
    return Execution.of(run, on.nextDepositIndex().value());
  }

  @Override
  public void close() {
    log.close();
  }
}
