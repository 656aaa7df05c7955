package io.validium.prover.replica;

import io.validium.core.state.BatchExecution;
import io.validium.prover.job.JobRefusal;
import java.util.NoSuchElementException;

/** Either core's execution of a batch on the state before it, or why there is none. */
public final class Execution {
  private final BatchExecution run;
  private final JobRefusal refusal;

  private Execution(BatchExecution run, JobRefusal refusal) {
    this.run = run;
    this.refusal = refusal;
  }

  static Execution of(BatchExecution run) {
    return new Execution(run, null);
  }

  public static Execution refused(JobRefusal.Reason reason, String detail) {
    return new Execution(null, new JobRefusal(reason, detail));
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
