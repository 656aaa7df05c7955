package io.validium.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.state.AccessWitness;
import io.validium.core.state.BatchExecution;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each test starts from an execution core accepted, changes what a cheating prover would change,
 * sets the public inputs a cheating prover would claim, and shows that the honestly solved witness
 * then violates the constraint that stands for the rule being broken.
 */
class BatchCircuitSoundnessTest {
  private final BatchCircuit circuit = SharedCircuits.two();
  private final TestLedger ledger = new TestLedger(3, 7);
  private SlotVariables slot0;
  private SlotVariables slot1;

  @BeforeEach
  void fundThreeAccounts() {
    ledger.execute(ledger.deposit(0, 0, 100), ledger.deposit(1, 0, 50));
    ledger.execute(ledger.deposit(2, 0, 10));
    slot0 = circuit.slot(0);
    slot1 = circuit.slot(1);
  }

  @Test
  void theUntamperedWitnessOfEachTestBatchIsSatisfied() {
    BatchExecution run =
        ledger.execute(ledger.transfer(0, 1, 0, 30, 0), ledger.withdrawal(1, 0, 5, 0));
    assertThat(firstFailure(assign(run))).isEmpty();
  }

  @Test
  void rejectsATransferSignedWithAnotherKey() {
    Transfer t = ledger.transfer(0, 1, 0, 30, 0);
    BatchExecution run = ledger.execute(t);
    Assignment a = assign(run);
    EdDsaSignature forged = ledger.key(2).sign(t.message());
    setSignature(a, slot0, forged);
    a.set(circuit.batchCommitment(), commitment(run, withSignature(t, forged)));

    assertThat(firstFailure(a)).hasValueSatisfying(l -> assertThat(l).startsWith("slot0/eddsa"));
  }

  @Test
  void rejectsATransferWhoseSignatureWasAlteredByOne() {
    Transfer t = ledger.transfer(0, 1, 0, 30, 0);
    Assignment a = assign(ledger.execute(t));
    a.set(slot0.s(), Fr.fromBigInteger(t.signature().s().add(BigInteger.ONE)));

    assertThat(firstFailure(a)).hasValueSatisfying(l -> assertThat(l).startsWith("slot0/eddsa"));
  }

  @Test
  void rejectsATransferReplayedWithItsNonceInTheSameBatch() {
    Transfer first = ledger.transfer(0, 1, 0, 10, 0);
    BatchExecution run = ledger.execute(first, ledger.transfer(0, 1, 0, 10, 1));
    Assignment a = assign(run);
    a.set(slot1.nonce(), 0);
    setSignature(a, slot1, first.signature());
    a.set(circuit.batchCommitment(), commitment(run, first, first));

    assertThat(firstFailure(a)).contains("slot1/nonce");
  }

  @Test
  void rejectsASignatureReusedUnderTheAccountsNextNonce() {
    Transfer first = ledger.transfer(0, 1, 0, 10, 0);
    BatchExecution run = ledger.execute(first, ledger.transfer(0, 1, 0, 10, 1));
    Assignment a = assign(run);
    setSignature(a, slot1, first.signature());

    assertThat(firstFailure(a)).hasValueSatisfying(l -> assertThat(l).startsWith("slot1/eddsa"));
  }

  @Test
  void rejectsATransferSignedWithANonceAheadOfTheAccounts() {
    BatchExecution run = ledger.execute(ledger.transfer(0, 1, 0, 10, 0));
    Transfer ahead = ledger.transfer(0, 1, 0, 10, 5);
    Assignment a = assign(run);
    a.set(slot0.nonce(), 5);
    setSignature(a, slot0, ahead.signature());
    a.set(circuit.batchCommitment(), commitment(run, ahead));

    assertThat(firstFailure(a)).contains("slot0/nonce");
  }

  @Test
  void rejectsASpendFromAnAccountWhoseNonceIsExhausted() {
    BatchExecution run = ledger.execute(ledger.transfer(0, 1, 0, 10, 0));
    long max = Nonce.MAX;
    Assignment a = assign(run);
    a.set(slot0.nonce(), max);
    a.set(slot0.sender().nonce(), max);
    setSignature(a, slot0, ledger.transfer(0, 1, 0, 10, max).signature());

    assertThat(firstFailure(a))
        .hasValueSatisfying(l -> assertThat(l).startsWith("slot0/nonceAfter"));
  }

  @Test
  void rejectsAnOverdraftEvenWhenSignedByTheOwner() {
    BatchExecution run = ledger.execute(ledger.transfer(0, 1, 0, 30, 0));
    Transfer overdraft = ledger.transfer(0, 1, 0, 150, 0);
    Assignment a = assign(run);
    a.set(slot0.amount(), 150);
    setSignature(a, slot0, overdraft.signature());
    a.set(circuit.batchCommitment(), commitment(run, overdraft));

    assertThat(firstFailure(a))
        .hasValueSatisfying(l -> assertThat(l).startsWith("slot0/senderBalance"));
  }

  @Test
  void rejectsACreditThatWouldTakeTheReceiverAbove2To96() {
    BigInteger max = Amount.MAX.toBigInteger();
    ledger.execute(ledger.deposit(1, 0, Amount.of(max.subtract(BigInteger.valueOf(70)))));
    // Account 1 now holds 2^96 - 1 - 20; 20 fits exactly, 21 does not.
    BatchExecution run = ledger.execute(ledger.transfer(0, 1, 0, 20, 0));
    Transfer over = ledger.transfer(0, 1, 0, 21, 0);
    Assignment a = assign(run);
    a.set(slot0.amount(), 21);
    setSignature(a, slot0, over.signature());

    assertThat(firstFailure(a))
        .hasValueSatisfying(l -> assertThat(l).startsWith("slot0/receiverBalance"));
  }

  /** 2^96, and r - 1 (a "negative" amount that would credit the sender). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "79228162514264337593543950336",
        "21888242871839275222246405745257275088548364400416034343698204186575808495616"
      })
  void rejectsAnAmountOutsideTheU96Range(String amount) {
    BatchExecution run = ledger.execute(ledger.transfer(0, 1, 0, 30, 0));
    Fr value = Fr.fromDecimal(amount);
    Assignment a = assign(run);
    a.set(slot0.amount(), value);
    Fr header = Fr.of(1 + (0L << 8)); // transfer from account 0, token 0, nonce 0
    Fr message = Poseidon.hash(TestLedger.DOMAIN.hash(), header, value, Fr.of(1));
    setSignature(a, slot0, ledger.signer(0).sign(message));

    assertThat(firstFailure(a)).hasValueSatisfying(l -> assertThat(l).startsWith("slot0/amount"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, 23})
  void rejectsATamperedAccountSibling(int level) {
    Assignment a = assign(ledger.execute(ledger.transfer(0, 1, 0, 30, 0)));
    a.set(slot0.sender().accountSiblings().get(level), Fr.of(12345));

    assertThat(firstFailure(a)).contains("slot0/sender/path");
  }

  @Test
  void rejectsATamperedBalanceSibling() {
    Assignment a = assign(ledger.execute(ledger.transfer(0, 1, 0, 30, 0)));
    a.set(slot0.receiver().balanceSiblings().get(2), Fr.of(7));

    assertThat(firstFailure(a)).contains("slot0/receiver/path");
  }

  @Test
  void rejectsACreditWrittenToAnotherAccountsLeafAtTheSignedIndex() {
    TestLedger twin = twinLedger();
    Assignment a = assign(ledger.execute(ledger.transfer(0, 1, 0, 30, 0)));
    AccessWitness account2 = receiverTouch(twin.execute(twin.transfer(0, 2, 0, 30, 0)));
    setReceiver(a, account2);

    assertThat(firstFailure(a)).contains("slot0/receiver/path");
  }

  @Test
  void rejectsACreditMovedToAnotherAccountThanTheSignedOne() {
    TestLedger twin = twinLedger();
    Transfer signed = ledger.transfer(0, 1, 0, 30, 0);
    ledger.execute(signed);
    // The twin's execution credits account 2: every path is right, but the signature names 1.
    BatchExecution credited2 = twin.execute(twin.transfer(0, 2, 0, 30, 0));
    Assignment a = assign(credited2);
    setSignature(a, slot0, signed.signature());
    a.set(
        circuit.batchCommitment(),
        commitment(
            credited2,
            withSignature(
                (Transfer) credited2.outcomes().get(0).transaction(), signed.signature())));

    assertThat(firstFailure(a)).hasValueSatisfying(l -> assertThat(l).startsWith("slot0/eddsa"));
  }

  @Test
  void rejectsASelfTransfer() {
    Assignment a = assign(ledger.execute(ledger.transfer(0, 1, 0, 30, 0)));
    a.set(slot0.to(), 0);
    setSignature(a, slot0, ledger.transfer(0, 0, 0, 30, 0).signature());

    assertThat(firstFailure(a)).contains("slot0/selfTransfer");
  }

  @Test
  void rejectsADepositThatTheL1CommitmentDoesNotContain() {
    BatchExecution run = ledger.execute(ledger.deposit(0, 0, 25));
    Assignment a = assign(run);
    Fr before = run.depositChainBefore();
    a.set(circuit.l1OpsCommitment(), Poseidon.hash(before, before, Fr.ZERO));

    assertThat(firstFailure(a)).contains("l1OpsCommitment");
  }

  @Test
  void rejectsADepositCreditedWithMoreThanL1Recorded() {
    BatchExecution run = ledger.execute(ledger.deposit(0, 0, 25));
    Assignment a = assign(run);
    a.set(slot0.amount(), 1000);
    claimWhatTheWitnessComputes(a, "newRoot", "batchCommitment");

    assertThat(firstFailure(a)).contains("l1OpsCommitment");
  }

  @Test
  void rejectsADepositIntoAnExistingAccountUnderAnotherKey() {
    Assignment a = assign(ledger.execute(ledger.deposit(0, 0, 25)));
    a.set(slot0.sender().ax(), ledger.key(1).publicKey().x());
    a.set(slot0.sender().ay(), ledger.key(1).publicKey().y());

    assertThat(firstFailure(a)).contains("slot0/sender/path");
  }

  @Test
  void rejectsAWithdrawalMissingFromTheL1Commitment() {
    BatchExecution run = ledger.execute(ledger.withdrawal(0, 0, 30, 0));
    Assignment a = assign(run);
    Fr d = run.depositChainBefore();
    a.set(circuit.l1OpsCommitment(), Poseidon.hash(d, d, Fr.ZERO));

    assertThat(firstFailure(a)).contains("l1OpsCommitment");
  }

  @Test
  void rejectsAWithdrawalTurnedIntoPaddingWhileItsDebitIsClaimed() {
    BatchExecution run = ledger.execute(ledger.withdrawal(0, 0, 30, 0));
    Assignment a = assign(run);
    a.set(slot0.isWithdrawal(), 0);
    // Padding carries no transaction fields (each pinned to 0), so the cheater clears them too.
    for (Variable field :
        List.of(
            slot0.from(),
            slot0.token(),
            slot0.amount(),
            slot0.recipient(),
            slot0.nonce(),
            slot0.senderExists())) {
      a.set(field, 0);
    }
    a.set(slot0.r8x(), Fr.ZERO);
    a.set(slot0.r8y(), Fr.ONE);
    a.set(slot0.s(), Fr.ZERO);
    Fr d = run.depositChainBefore();
    a.set(circuit.l1OpsCommitment(), Poseidon.hash(d, d, Fr.ZERO));

    assertThat(firstFailure(a)).contains("newRoot");
  }

  @Test
  void rejectsASlotFlaggedAsTwoKinds() {
    Assignment a = assign(ledger.execute(ledger.transfer(0, 1, 0, 30, 0)));
    a.set(slot0.isDeposit(), 1);

    assertThat(firstFailure(a)).contains("slot0/oneKind/bool");
  }

  @Test
  void rejectsATokenWithoutASlotInTheBalanceTree() {
    Assignment a = assign(ledger.execute(ledger.deposit(0, 0, 25)));
    a.set(slot0.token(), 1 << circuit.balanceDepth());

    assertThat(firstFailure(a))
        .hasValueSatisfying(l -> assertThat(l).startsWith("slot0/knownToken"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"oldRoot", "newRoot", "batchCommitment", "l1OpsCommitment"})
  void rejectsAPublicInputThatDoesNotMatchTheData(String input) {
    BatchExecution run =
        ledger.execute(ledger.transfer(0, 1, 0, 30, 0), ledger.withdrawal(1, 0, 5, 0));
    Assignment a = assign(run);
    List<Fr> publics = run.header().publicInputs();
    int index = List.of("oldRoot", "newRoot", "batchCommitment", "l1OpsCommitment").indexOf(input);
    a.set(circuit.system().publicInputs().get(index), publics.get(index).add(Fr.ONE));

    assertThat(firstFailure(a)).isPresent();
  }

  @Test
  void aPaddingSlotsTouchesChangeNothingWhateverTheySay() {
    BatchExecution run = ledger.execute(ledger.transfer(0, 1, 0, 30, 0));
    Assignment a = assign(run);
    a.set(slot1.sender().balance(), 5);
    a.set(slot1.sender().accountSiblings().get(3), Fr.of(42));
    a.set(slot1.receiver().nonce(), 9);

    Witness w = circuit.solve(a);
    assertThat(circuit.system().firstUnsatisfied(w)).isEmpty();
    assertThat(circuit.computedNewRoot(w)).isEqualTo(run.header().newRoot().value());
    assertThat(circuit.computedL1OpsCommitment(w))
        .isEqualTo(run.header().l1OpsCommitment().value());
  }

  @Test
  void rejectsADepositSlotCarryingANonceItsEncodingHasNot() {
    BatchExecution run = ledger.execute(ledger.deposit(0, 0, 25));
    Assignment a = assign(run);
    a.set(slot0.nonce(), 5);
    // The cheating prover claims the commitments its own deposit leaf yields.
    claimWhatTheWitnessComputes(a, "newRoot", "batchCommitment", "l1OpsCommitment");

    assertThat(firstFailure(a)).contains("slot0/nonce");
  }

  @Test
  void rejectsADepositSlotCarryingANonceEqualToTheAccounts() {
    ledger.execute(ledger.transfer(0, 1, 0, 10, 0));
    // Account 0 now has nonce 1: a deposit slot may not copy it either.
    BatchExecution run = ledger.execute(ledger.deposit(0, 0, 25));
    Assignment a = assign(run);
    a.set(slot0.nonce(), 1);
    claimWhatTheWitnessComputes(a, "newRoot", "batchCommitment", "l1OpsCommitment");

    assertThat(firstFailure(a)).contains("slot0/nonce");
  }

  @Test
  void rejectsAPaddingSlotCarryingANonce() {
    Assignment a = assign(ledger.execute(ledger.transfer(0, 1, 0, 30, 0)));
    a.set(slot1.nonce(), 7);

    assertThat(firstFailure(a)).contains("slot1/nonce");
  }

  @ParameterizedTest
  @ValueSource(strings = {"from", "token", "amount", "senderExists"})
  void rejectsAPaddingSlotCarryingATransactionField(String field) {
    Assignment a = assign(ledger.execute(ledger.transfer(0, 1, 0, 30, 0)));
    a.set(field(slot1, field), 1);

    assertThat(firstFailure(a)).contains("slot1/padding");
  }

  @ParameterizedTest
  @ValueSource(strings = {"padding", "deposit", "withdrawal"})
  void rejectsAReceiverInASlotThatIsNotATransfer(String kind) {
    SlotVariables slot = kind.equals("padding") ? slot1 : slot0;
    Assignment a = assign(ledger.execute(oneOf(kind)));
    a.set(slot.to(), 2);

    assertThat(firstFailure(a)).contains(slotName(slot) + "/unusedTo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"padding", "deposit", "transfer"})
  void rejectsAnL1RecipientInASlotThatIsNotAWithdrawal(String kind) {
    SlotVariables slot = kind.equals("padding") ? slot1 : slot0;
    Assignment a = assign(ledger.execute(oneOf(kind)));
    a.set(slot.recipient(), 77);

    assertThat(firstFailure(a)).contains(slotName(slot) + "/unusedRecipient");
  }

  @ParameterizedTest
  @ValueSource(strings = {"padding", "withdrawal", "transfer"})
  void rejectsADepositIndexInASlotThatIsNotADeposit(String kind) {
    SlotVariables slot = kind.equals("padding") ? slot1 : slot0;
    Assignment a = assign(ledger.execute(oneOf(kind)));
    a.set(slot.depositIndex(), 3);

    assertThat(firstFailure(a)).contains(slotName(slot) + "/unusedDepositIndex");
  }

  // --- helpers ---

  private Assignment assign(BatchExecution run) {
    return BatchInputs.assignment(circuit, run).value();
  }

  private Optional<String> firstFailure(Assignment a) {
    return Unsatisfied.firstLabel(circuit, a);
  }

  /** Sets the named public inputs to what the witness of {@code a} computes for them. */
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

  /** A one-transaction batch of {@code kind} in slot 0 ("padding": a transfer, padded in 1). */
  private Transaction oneOf(String kind) {
    return switch (kind) {
      case "deposit" -> ledger.deposit(0, 0, 25);
      case "withdrawal" -> ledger.withdrawal(0, 0, 30, 0);
      default -> ledger.transfer(0, 1, 0, 30, 0);
    };
  }

  private String slotName(SlotVariables slot) {
    return slot == slot0 ? "slot0" : "slot1";
  }

  private static Variable field(SlotVariables slot, String name) {
    return switch (name) {
      case "from" -> slot.from();
      case "token" -> slot.token();
      case "amount" -> slot.amount();
      case "senderExists" -> slot.senderExists();
      default -> throw new IllegalArgumentException(name);
    };
  }

  private TestLedger twinLedger() {
    TestLedger twin = new TestLedger(3, 7);
    twin.execute(twin.deposit(0, 0, 100), twin.deposit(1, 0, 50));
    twin.execute(twin.deposit(2, 0, 10));
    return twin;
  }

  private static AccessWitness receiverTouch(BatchExecution run) {
    return run.outcomes().get(0).witness().get(1);
  }

  private void setReceiver(Assignment a, AccessWitness w) {
    TouchVariables t = slot0.receiver();
    var account = w.accountBefore().orElseThrow();
    a.set(t.ax(), account.publicKey().x());
    a.set(t.ay(), account.publicKey().y());
    a.set(t.nonce(), account.nonce().value());
    a.set(t.balance(), Fr.fromBigInteger(w.balanceBefore().toBigInteger()));
    for (int i = 0; i < t.accountSiblings().size(); i++) {
      a.set(t.accountSiblings().get(i), w.accountProof().siblings().get(i));
    }
    for (int i = 0; i < t.balanceSiblings().size(); i++) {
      a.set(t.balanceSiblings().get(i), w.balanceProof().siblings().get(i));
    }
  }

  private static void setSignature(Assignment a, SlotVariables slot, EdDsaSignature sig) {
    a.set(slot.r8x(), sig.r8x());
    a.set(slot.r8y(), sig.r8y());
    a.set(slot.s(), Fr.fromBigInteger(sig.s()));
  }

  private static Transfer withSignature(Transfer t, EdDsaSignature sig) {
    return new Transfer(t.domain(), t.from(), t.to(), t.token(), t.amount(), t.nonce(), sig);
  }

  /** The batch commitment of the batch the committee would hold if it held these transactions. */
  private static Fr commitment(BatchExecution run, Transaction... txs) {
    return new BatchData(TestLedger.DOMAIN, run.header().number(), List.of(txs))
        .commitment()
        .value();
  }
}
