package io.validium.l1.contracts;

import io.validium.core.batch.BatchHeader;
import io.validium.core.field.Fr;
import io.validium.zk.groth16.Groth16Prover;
import io.validium.zk.groth16.Groth16Setup;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.Variable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A stand-in for the batch circuit with exactly its public inputs, for the contract tests until the
 * real circuit lands: it constrains products of the inputs (so every proof is a real Groth16 proof
 * bound to its four public inputs) but not the state transition. Keys come from the insecure
 * development setup, so anyone can forge proofs for it: tests only.
 */
public final class DevelopmentBatchProver implements BatchProver {

  private final ConstraintSystem cs;
  private final List<Variable> publics;
  private final ProvingKey key;

  public DevelopmentBatchProver() {
    CircuitBuilder api = new CircuitBuilder();
    Variable oldRoot = api.publicInput("oldRoot");
    Variable newRoot = api.publicInput("newRoot");
    Variable batchCommitment = api.publicInput("batchCommitment");
    Variable l1Ops = api.publicInput("l1OpsCommitment");
    api.mul(api.mul(oldRoot, newRoot, "roots"), api.mul(batchCommitment, l1Ops, "ops"), "all");
    cs = api.build();
    publics = List.of(oldRoot, newRoot, batchCommitment, l1Ops);
    key =
        Groth16Setup.insecureDevelopmentSetup(
            cs, "validium l1 contract tests".getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public VerifyingKey verifyingKey() {
    return key.verifyingKey();
  }

  @Override
  public Proof prove(BatchHeader header) {
    List<Fr> inputs = header.publicInputs();
    Assignment a = new Assignment();
    for (int i = 0; i < publics.size(); i++) {
      a.set(publics.get(i), inputs.get(i));
    }
    return Groth16Prover.prove(key, cs.solve(a)).proof();
  }
}
