package io.validium.prover.proving;

import io.validium.circuit.BatchCircuit;
import io.validium.circuit.BatchInputs;
import io.validium.circuit.BatchWitness;
import io.validium.circuit.WitnessResult;
import io.validium.core.state.BatchExecution;
import io.validium.prover.job.JobRefusal;
import io.validium.zk.groth16.Groth16Prover;
import io.validium.zk.groth16.ProofWithSignals;
import io.validium.zk.groth16.ProvingKey;
import java.util.NoSuchElementException;

/** Proves core's execution of a batch with the circuit for the configured size. */
public final class BatchProver {
  private final BatchCircuit circuit;
  private final ProvingKey key;

  public BatchProver(BatchCircuit circuit, ProvingKey key) {
    this.circuit = circuit;
    this.key = key;
  }

  public BatchCircuit circuit() {
    return circuit;
  }

  public ProvingKey key() {
    return key;
  }

  /** The proof of {@code run}, or why the circuit cannot take it. */
  public Outcome prove(BatchExecution run) {
    WitnessResult<BatchWitness> w = BatchInputs.witness(circuit, run);
    if (!w.isBuilt()) {
      JobRefusal.Reason reason =
          switch (w.refusal().reason()) {
            case BATCH_TOO_LARGE -> JobRefusal.Reason.BATCH_TOO_LARGE;
            case BALANCE_DEPTH_MISMATCH -> JobRefusal.Reason.BALANCE_DEPTH_MISMATCH;
            case BATCH_REJECTED -> JobRefusal.Reason.BATCH_REJECTED;
          };
      return new Outcome(null, new JobRefusal(reason, w.refusal().detail()));
    }
    return new Outcome(Groth16Prover.prove(key, w.value().witness()), null);
  }

  /** A proof with its public signals, or the refusal. */
  public record Outcome(ProofWithSignals proof, JobRefusal refusal) {
    public boolean isProven() {
      return refusal == null;
    }

    @Override
    public ProofWithSignals proof() {
      if (proof == null) {
        throw new NoSuchElementException("refused: " + refusal);
      }
      return proof;
    }
  }
}
