package io.validium.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.batch.BatchData;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchInputsTest {
  private final BatchCircuit circuit = SharedCircuits.two();
  private final TestLedger ledger = new TestLedger(2, 3);

  @Test
  void refusesABatchLargerThanTheCircuitNamingBothSizes() {
    BatchExecution run =
        ledger.execute(ledger.deposit(0, 0, 1), ledger.deposit(1, 0, 1), ledger.deposit(0, 1, 1));

    WitnessResult<BatchWitness> result = BatchInputs.witness(circuit, run);

    assertThat(result.isBuilt()).isFalse();
    assertThat(result.refusal().reason()).isEqualTo(WitnessRefusal.Reason.BATCH_TOO_LARGE);
    assertThat(result.refusal().detail()).contains("3 transactions").contains("2 slots");
  }

  @Test
  void refusesAnExecutionThatCoreRejected() {
    L2State state = new L2State(TestLedger.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    BatchExecution rejected =
        BatchExecutor.execute(
            state,
            new BatchData(
                TestLedger.DOMAIN, BatchNumber.FIRST, List.of(ledger.transfer(0, 1, 0, 5, 0))));

    WitnessResult<BatchWitness> result = BatchInputs.witness(circuit, rejected);

    assertThat(result.refusal().reason()).isEqualTo(WitnessRefusal.Reason.BATCH_REJECTED);
    assertThat(result.refusal().detail()).contains("UNKNOWN_ACCOUNT");
  }

  @Test
  void refusesAStateWhoseBalanceTreesHaveAnotherDepth() {
    BatchCircuit shallow = BatchCircuit.of(1, 2);

    WitnessResult<BatchWitness> result =
        BatchInputs.witness(shallow, ledger.execute(ledger.deposit(0, 0, 1)));

    assertThat(result.refusal().reason()).isEqualTo(WitnessRefusal.Reason.BALANCE_DEPTH_MISMATCH);
  }

  @Test
  void anEmptyBatchIsAllPaddingAndKeepsTheRoot() {
    ledger.execute(ledger.deposit(0, 0, 10));
    BatchExecution empty = ledger.execute();

    BatchWitness w = BatchInputs.witness(circuit, empty).value();

    assertThat(w.publicInputs().get(0)).isEqualTo(w.publicInputs().get(1));
    assertThat(circuit.system().isSatisfied(w.witness())).isTrue();
  }

  @Test
  void theWitnessCarriesTheHeadersPublicInputsInProtocolOrder() {
    BatchExecution run = ledger.execute(ledger.deposit(0, 0, 10), ledger.deposit(1, 2, 3));

    BatchWitness w = BatchInputs.witness(circuit, run).value();

    assertThat(w.publicInputs()).isEqualTo(run.header().publicInputs());
    assertThat(w.witness().publicInputs()).isEqualTo(run.header().publicInputs());
    assertThat(circuit.system().publicInputNames())
        .containsExactly("oldRoot", "newRoot", "batchCommitment", "l1OpsCommitment");
  }

  /**
   * The circuit verifies unsigned slots under the identity key; core must accept the same trivial
   * signature (R8 = identity, S = 0) from an account keyed by the identity, or the circuit would
   * accept what core refuses.
   */
  @Test
  void coreAndCircuitBothAcceptTheTrivialSignatureOfAnIdentityKeyedAccount() {
    EdDsaPublicKey identity = new EdDsaPublicKey(Fr.ZERO, Fr.ONE);
    EdDsaSignature trivial = new EdDsaSignature(Fr.ZERO, Fr.ONE, BigInteger.ZERO);
    Deposit open = ledger.deposit(9, identity, 0, Amount.of(50));
    ledger.execute(open, ledger.deposit(1, 0, 1));
    Transfer t =
        new Transfer(
            TestLedger.DOMAIN,
            AccountId.of(9),
            AccountId.of(1),
            TokenId.of(0),
            Amount.of(20),
            Nonce.ZERO,
            trivial);

    BatchExecution run = ledger.execute(t);

    assertThat(circuit.system().isSatisfied(BatchInputs.witness(circuit, run).value().witness()))
        .isTrue();
  }

  @Test
  void circuitSizesOutsideTheBatchLimitsAreBugs() {
    assertThatThrownBy(() -> BatchCircuit.forSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BatchCircuit.forSize(BatchCircuit.MAX_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
