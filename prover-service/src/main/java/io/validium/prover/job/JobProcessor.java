package io.validium.prover.job;

import io.validium.prover.job.JobRefusal.Reason;
import io.validium.prover.proving.BatchProver;
import io.validium.prover.replica.BatchSource;
import io.validium.prover.replica.Execution;
import io.validium.prover.replica.Replica;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One proving job from record to proof: check the record, bring the replica to the state before the
 * batch (catching up from the batch topic if other instances proved the batches in between),
 * re-execute it there, and prove the execution. Single-threaded: the consumer calls it in order.
 */
public final class JobProcessor {
  private static final Logger LOG = Logger.getLogger(JobProcessor.class);
  private static final long RETRY_MILLIS = 500;

  private final BatchRecordParser parser;
  private final Replica replica;
  private final BatchProver prover;
  private final BatchSource source;
  private final Duration catchUpTimeout;

  public JobProcessor(
      BatchRecordParser parser,
      Replica replica,
      BatchProver prover,
      BatchSource source,
      Duration catchUpTimeout) {
    this.parser = parser;
    this.replica = replica;
    this.prover = prover;
    this.source = source;
    this.catchUpTimeout = catchUpTimeout;
  }

  public Replica replica() {
    return replica;
  }

  /** Constraints of the circuit, for the throughput metric. */
  public int constraints() {
    return prover.circuit().system().numConstraints();
  }

  /** Handles one record of the batch topic. */
  public JobResult process(String key, byte[] value, byte[] header) {
    ParsedRecord parsed = parser.parse(key, value, header);
    if (!parsed.isJob()) {
      return new JobResult.Refused(parsed.refusal());
    }
    BatchJob job = parsed.job();
    Execution execution = executionOf(job);
    if (!execution.isExecuted()) {
      return new JobResult.Refused(execution.refusal());
    }
    LOG.infof("batch %d re-executed to its header, proving", job.number());
    long start = System.nanoTime();
    BatchProver.Outcome outcome = prover.prove(execution.run());
    if (!outcome.isProven()) {
      return new JobResult.Refused(outcome.refusal());
    }
    return new JobResult.Proven(
        execution.run().header(),
        outcome.proof(),
        L1Effects.of(execution.run(), execution.depositCountAfter()),
        System.nanoTime() - start);
  }

  private Execution executionOf(BatchJob job) {
    if (job.number() < replica.nextBatch()) {
      LOG.infof("batch %d was applied before: proving it again", job.number());
      return replica.reexecute(job);
    }
    if (job.number() > replica.nextBatch()) {
      catchUp(job.number());
      if (job.number() > replica.nextBatch()) {
        return Execution.refused(
            Reason.REPLICA_GAP,
            "batch "
                + replica.nextBatch()
                + " never appeared on the batch topic with data that re-executes to its header,"
                + " so batch "
                + job.number()
                + " has no state to run on");
      }
    }
    return replica.apply(job);
  }

  /**
   * Applies the batches before {@code target} from the topic. A predecessor may still be on its way
   * (the sequencer publishes in order, but partitions are read independently), so a missing one is
   * looked for again until the timeout.
   */
  private void catchUp(long target) {
    long deadline = System.nanoTime() + catchUpTimeout.toNanos();
    while (replica.nextBatch() < target) {
      long from = replica.nextBatch();
      LOG.infof("replica at batch %d, catching up to %d from the batch topic", from, target);
      Map<Long, List<BatchJob>> candidates = new LinkedHashMap<>();
      for (BatchSource.RawRecord r : source.read(from, target)) {
        ParsedRecord p = parser.parse(r.key(), r.value(), r.header());
        if (p.isJob()) {
          candidates.computeIfAbsent(p.job().number(), n -> new ArrayList<>()).add(p.job());
        }
      }
      applyInOrder(candidates, target);
      if (replica.nextBatch() == from) {
        if (System.nanoTime() > deadline) {
          return;
        }
        sleep();
      }
    }
  }

  private void applyInOrder(Map<Long, List<BatchJob>> candidates, long target) {
    while (replica.nextBatch() < target) {
      List<BatchJob> forNext = candidates.getOrDefault(replica.nextBatch(), List.of());
      boolean applied = false;
      for (BatchJob candidate : forNext) {
        // Records that do not re-execute are their owner's dead letters; the first good one counts.
        if (replica.apply(candidate).isExecuted()) {
          applied = true;
          break;
        }
      }
      if (!applied) {
        return;
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while catching up", e);
    }
  }
}
