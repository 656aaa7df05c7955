package io.validium.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.zk.groth16.DevelopmentSetup;
import io.validium.zk.groth16.Groth16Prover;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.ProofWithSignals;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerificationResult.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Groth16 proofs of batches through the two-slot circuit: two deposits opening accounts, then
 * a transfer and a withdrawal in one batch. Each proof verifies against the header's public inputs
 * and fails for any other newRoot. Two proofs at 2^17 take a minute or more on the build machine,
 * so padding and the other cases are checked by satisfiability alone (the other tests). The key is
 * zk's insecure {@link DevelopmentSetup}, whose proofs are real Groth16 proofs.
 */
class BatchProofTest {
  private static ProvingKey key;
  private final BatchCircuit circuit = SharedCircuits.two();
  private final TestLedger ledger = new TestLedger(2, 5);

  @BeforeAll
  static void setUp() {
    key =
        DevelopmentSetup.insecure(
            SharedCircuits.two().system(), "batch proof test".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void provesBatchesOfEveryKindAndTheProofsVerify() {
    assertProvesAndVerifies(ledger.execute(ledger.deposit(0, 0, 100), ledger.deposit(1, 3, 40)));
    assertProvesAndVerifies(
        ledger.execute(ledger.transfer(0, 1, 0, 25, 0), ledger.withdrawal(1, 3, 15, 0)));
  }

  private void assertProvesAndVerifies(BatchExecution run) {
    BatchWitness w = BatchInputs.witness(circuit, run).value();
    ProofWithSignals proof = Groth16Prover.prove(key, w.witness());

    PublicSignals expected = PublicSignals.ofField(run.header().publicInputs());
    assertThat(proof.signals()).isEqualTo(expected);
    assertThat(Groth16Verifier.verify(key.verifyingKey(), expected, proof.proof()).reason())
        .isEqualTo(Reason.VALID);
    List<Fr> other = new ArrayList<>(run.header().publicInputs());
    other.set(1, other.get(1).add(Fr.ONE));
    assertThat(
            Groth16Verifier.verify(key.verifyingKey(), PublicSignals.ofField(other), proof.proof())
                .reason())
        .isEqualTo(Reason.INVALID_PROOF);
  }
}
