package io.validium.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.L1Withdrawal;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.Witness;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Protocol 17.5: the circuit pays exactly min(amount, balance) for a forced withdrawal, to the
 * recipient and for the queue entry L1 recorded, and a cheating prover can neither pay less, pay
 * someone else nor skip the entry. Same method as {@link BatchCircuitSoundnessTest}.
 */
class ForcedWithdrawalCircuitTest {
  private final BatchCircuit circuit = SharedCircuits.two();
  private final TestLedger ledger = new TestLedger(3, 7);
  private SlotVariables slot0;

  @BeforeEach
  void fundAccountZeroWithOneHundred() {
    ledger.execute(ledger.deposit(0, 0, 100), ledger.deposit(1, 0, 50));
    slot0 = circuit.slot(0);
  }

  /** 30 of 100 in full, 250 of 100 in part, token 3 of which it holds nothing. */
  @ParameterizedTest
  @ValueSource(strings = {"0:30:30", "0:250:100", "3:5:0"})
  void provesWhatCorePaidWhetherTheBalanceCoversTheRequestOrNot(String tokenAmountPaid) {
    String[] p = tokenAmountPaid.split(":");
    BatchExecution run =
        ledger.execute(
            ledger.forcedWithdrawal(0, Integer.parseInt(p[0]), Long.parseLong(p[1])),
            ledger.transfer(1, 0, 0, 5, 0));
    L1Withdrawal paid = run.l1Withdrawals().get(0);
    assertThat(paid.amount().toBigInteger().longValueExact()).isEqualTo(Long.parseLong(p[2]));

    Witness w = circuit.solve(assign(run));

    assertThat(circuit.system().firstUnsatisfied(w)).isEmpty();
    assertThat(circuit.computedNewRoot(w)).isEqualTo(run.header().newRoot().value());
    assertThat(circuit.computedL1OpsCommitment(w))
        .isEqualTo(run.header().l1OpsCommitment().value());
  }

  @Test
  void rejectsAPayoutComputedFromALowerBalanceThanTheAccountHolds() {
    Assignment a = assign(ledger.execute(ledger.forcedWithdrawal(0, 0, 30)));
    // The operator pretends the account holds 10, to pay 10 instead of 30.
    a.set(slot0.sender().balance(), 10);
    claimWhatTheWitnessComputes(a, "newRoot", "l1OpsCommitment");

    assertThat(firstFailure(a)).contains("slot0/sender/path");
  }

  @Test
  void rejectsAPayoutToAnotherRecipientThanTheRequestNamed() {
    Assignment a = assign(ledger.execute(ledger.forcedWithdrawal(0, 0, 30)));
    a.set(slot0.recipient(), 0xbad);
    claimWhatTheWitnessComputes(a, "newRoot", "batchCommitment");

    assertThat(firstFailure(a)).contains("l1OpsCommitment");
  }

  @Test
  void rejectsARequestedAmountOtherThanL1Recorded() {
    Assignment a = assign(ledger.execute(ledger.forcedWithdrawal(0, 0, 30)));
    a.set(slot0.amount(), 1);
    claimWhatTheWitnessComputes(a, "newRoot", "batchCommitment");

    assertThat(firstFailure(a)).contains("l1OpsCommitment");
  }

  @Test
  void rejectsAForcedWithdrawalReplayedAsADeposit() {
    Assignment a = assign(ledger.execute(ledger.forcedWithdrawal(0, 0, 30)));
    a.set(slot0.isForced(), 0);
    a.set(slot0.isDeposit(), 1);
    claimWhatTheWitnessComputes(a, "newRoot", "batchCommitment");

    assertThat(firstFailure(a)).isPresent();
  }

  @Test
  void rejectsAForcedWithdrawalFlaggedAsAlsoAWithdrawal() {
    Assignment a = assign(ledger.execute(ledger.forcedWithdrawal(0, 0, 30)));
    a.set(slot0.isWithdrawal(), 1);

    assertThat(firstFailure(a)).contains("slot0/oneKind/bool");
  }

  @Test
  void rejectsAForcedWithdrawalCarryingANonce() {
    Assignment a = assign(ledger.execute(ledger.forcedWithdrawal(0, 0, 30)));
    a.set(slot0.nonce(), 3);

    assertThat(firstFailure(a)).contains("slot0/nonce");
  }

  @Test
  void rejectsAForcedWithdrawalFromAnEmptySlot() {
    Assignment a = assign(ledger.execute(ledger.forcedWithdrawal(0, 0, 30)));
    a.set(slot0.senderExists(), 0);

    assertThat(firstFailure(a)).contains("slot0/senderExists");
  }

  @Test
  void rejectsAQueueEntryTurnedIntoPaddingWhileTheRootClaimsItsDebit() {
    BatchExecution run = ledger.execute(ledger.forcedWithdrawal(0, 0, 30));
    Assignment a = assign(run);
    a.set(slot0.isForced(), 0);
    for (var field :
        java.util.List.of(
            slot0.from(),
            slot0.amount(),
            slot0.recipient(),
            slot0.depositIndex(),
            slot0.senderExists())) {
      a.set(field, 0);
    }
    Fr d = run.depositChainBefore();
    a.set(circuit.l1OpsCommitment(), io.validium.core.crypto.Poseidon.hash(d, d, Fr.ZERO));

    assertThat(firstFailure(a)).contains("newRoot");
  }

  private Assignment assign(BatchExecution run) {
    return BatchInputs.assignment(circuit, run).value();
  }

  private Optional<String> firstFailure(Assignment a) {
    return Unsatisfied.firstLabel(circuit, a);
  }

  private void claimWhatTheWitnessComputes(Assignment a, String... inputs) {
    Witness w = circuit.solve(a);
    for (String input : inputs) {
      switch (input) {
        case "newRoot" -> a.set(circuit.newRoot(), circuit.computedNewRoot(w));
        case "batchCommitment" ->
            a.set(circuit.batchCommitment(), circuit.computedBatchCommitment(w));
        case "l1OpsCommitment" ->
            a.set(circuit.l1OpsCommitment(), circuit.computedL1OpsCommitment(w));
        default -> throw new IllegalArgumentException(input);
      }
    }
  }
}
