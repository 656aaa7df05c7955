package io.validium.prover.replica;

import io.validium.core.state.BatchExecution;
import io.validium.prover.job.JobRefusal;
import java.util.NoSuchElementException;

/** Either core's execution of a batch on the state before it, or why there is none. */
public final class Execution {
  private final BatchExecution run;
  private final long depositCountAfter;
  private final JobRefusal refusal;

  private Execution(BatchExecution run, long depositCountAfter, JobRefusal refusal) {
    this.run = run;
    this.depositCountAfter = depositCountAfter;
    this.refusal = refusal;
  }

  static Execution of(BatchExecution run, long depositCountAfter) {
    return new Execution(run, depositCountAfter, null);
  }

  public static Execution refused(JobRefusal.Reason reason, String detail) {
    return new Execution(null, -1, new JobRefusal(reason, detail));
  }

  public boolean isExecuted() {
    return refusal == null;
  }

  public BatchExecution run() {
    if (refusal != null) {
      throw new NoSuchElementException("refused: " + refusal);
    }
    return run;
  }

  /**
   * The state's next priority-queue index after the batch: the {@code depositCountAfter} that
   * {@code submitBatch} takes (protocol.md 10.1), which a batch without deposits or forced
   * withdrawals cannot show in its data.
   */
  public long depositCountAfter() {
    run();
    return depositCountAfter;
  }

  public JobRefusal refusal() {
    if (refusal == null) {
      throw new NoSuchElementException("the batch was executed");
    }
    return refusal;
  }

  @Override
  public String toString() {
    return isExecuted() ? "executed " + run.header().number() : "refused " + refusal;
  }
}
