package io.validium.prover.job;

import java.util.NoSuchElementException;

/** Either the job a batch record holds or why it holds none. */
public final class ParsedRecord {
  private final BatchJob job;
  private final JobRefusal refusal;

  private ParsedRecord(BatchJob job, JobRefusal refusal) {
    this.job = job;
    this.refusal = refusal;
  }

  static ParsedRecord job(BatchJob job) {
    return new ParsedRecord(job, null);
  }

  static ParsedRecord refused(JobRefusal.Reason reason, String detail) {
    return new ParsedRecord(null, new JobRefusal(reason, detail));
  }

  public boolean isJob() {
    return refusal == null;
  }

  public BatchJob job() {
    if (refusal != null) {
      throw new NoSuchElementException("refused: " + refusal);
    }
    return job;
  }

  public JobRefusal refusal() {
    if (refusal == null) {
      throw new NoSuchElementException("the record holds a job");
    }
    return refusal;
  }

  @Override
  public String toString() {
    return isJob() ? "job " + job.number() : "refused " + refusal;
  }
}
