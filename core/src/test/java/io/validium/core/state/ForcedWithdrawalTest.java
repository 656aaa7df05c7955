package io.validium.core.state;

import static io.validium.core.testing.TestWorld.forcedWithdrawal;
import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.codec.TransactionCodec;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.testing.TestWorld;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.TxType;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Protocol 17.3: a forced withdrawal pays min(amount, balance) and is never refused for funds. */
class ForcedWithdrawalTest {
  private static final Address RECIPIENT =
      Address.parse("0x00000000000000000000000000000000000000cc");
  private final TestWorld world = new TestWorld(3, 5);
  private L2State state;

  @BeforeEach
  void fundAccountZeroWithOneHundred() {
    state = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    applied(world.deposit(0, 0, 0, 100));
  }

  @Test
  void paysTheRequestedAmountWhenTheBalanceCoversIt() {
    TxOutcome out = applied(forcedWithdrawal(1, 0, 0, 30, RECIPIENT));

    assertThat(out.emitted()).contains(paid(30));
    assertThat(balance(0, 0)).isEqualTo(Amount.of(70));
  }

  @Test
  void paysTheWholeBalanceWhenTheRequestExceedsIt() {
    TxOutcome out = applied(forcedWithdrawal(1, 0, 0, 1_000, RECIPIENT));

    assertThat(out.emitted()).contains(paid(100));
    assertThat(balance(0, 0)).isEqualTo(Amount.ZERO);
  }

  @Test
  void paysNothingButIsStillConsumedWhenTheAccountHoldsNoneOfTheToken() {
    Fr chainBefore = state.depositChain();
    ForcedWithdrawal f = forcedWithdrawal(1, 0, 3, 5, RECIPIENT);

    TxOutcome out = applied(f);

    assertThat(out.emitted()).contains(new L1Withdrawal(RECIPIENT, TokenId.of(3), Amount.ZERO));
    assertThat(state.nextDepositIndex()).isEqualTo(DepositIndex.of(2));
    assertThat(state.depositChain()).isEqualTo(Poseidon.hash(chainBefore, f.forcedLeaf()));
  }

  @Test
  void leavesTheKeyAndTheNonceAsTheyWere() {
    applied(world.withdrawal(0, 0, 10, 0, RECIPIENT));
    applied(forcedWithdrawal(1, 0, 0, 10, RECIPIENT));

    var account = state.account(AccountId.of(0)).orElseThrow();
    assertThat(account.nonce().value()).isEqualTo(1);
    assertThat(account.publicKey()).isEqualTo(world.publicKey(0));
    assertThat(account.balance(TokenId.of(0))).isEqualTo(Amount.of(80));
  }

  @Test
  void isRejectedOutOfQueueOrder() {
    assertRejected(forcedWithdrawal(2, 0, 0, 1, RECIPIENT), RejectReason.DEPOSIT_OUT_OF_ORDER);
    assertRejected(forcedWithdrawal(0, 0, 0, 1, RECIPIENT), RejectReason.DEPOSIT_OUT_OF_ORDER);
  }

  @Test
  void isRejectedForAnEmptyAccountSlot() {
    assertRejected(forcedWithdrawal(1, 2, 0, 1, RECIPIENT), RejectReason.UNKNOWN_ACCOUNT);
  }

  @Test
  void isRejectedForATokenWithoutABalanceSlot() {
    assertRejected(forcedWithdrawal(1, 0, 16, 1, RECIPIENT), RejectReason.UNKNOWN_TOKEN);
  }

  @Test
  void isRejectedForAnotherDeployment() {
    ForcedWithdrawal f = forcedWithdrawal(1, 0, 0, 1, RECIPIENT);
    ForcedWithdrawal other =
        new ForcedWithdrawal(
            TestWorld.OTHER_DOMAIN, f.index(), f.account(), f.token(), f.amount(), f.recipient());
    assertRejected(other, RejectReason.WRONG_DOMAIN);
  }

  @Test
  void itsLeafIsTheProtocolsFormulaWithTypeByteFive() {
    ForcedWithdrawal f = forcedWithdrawal(9, 0x123456, 7, 42, RECIPIENT);
    Fr header = Fr.of(5L + (0x123456L << 8) + (7L << 32));
    Fr expected =
        Poseidon.hash(
            TestWorld.DOMAIN.hash(),
            header,
            Fr.of(42),
            Fr.fromBigInteger(new BigInteger("cc", 16)),
            Fr.ZERO,
            Fr.of(9));

    assertThat(f.forcedLeaf()).isEqualTo(expected);
    assertThat(f.commitmentLeaf()).isEqualTo(expected);
  }

  @Test
  void encodesInSeventyFiveBytesAndRoundTrips() {
    ForcedWithdrawal f = forcedWithdrawal(9, 77, 7, 42, RECIPIENT);
    byte[] bytes = TransactionCodec.encode(f);

    assertThat(bytes).hasSize(75).startsWith(0x05);
    assertThat(TxType.FORCED_WITHDRAWAL.encodedLength()).isEqualTo(75);
    assertThat(TransactionCodec.decode(bytes).value()).isEqualTo(f);
  }

  @Test
  void aBatchEmitsThePaidAmountsInBatchOrderIntoTheWithdrawalChain() {
    Fr dBefore = state.depositChain();
    ForcedWithdrawal short1 = forcedWithdrawal(1, 0, 0, 250, RECIPIENT);
    var w = world.withdrawal(0, 0, 1, 0, RECIPIENT);
    BatchData data = new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), List.of(short1, w));

    BatchExecution run = BatchExecutor.execute(state, data);

    // The forced withdrawal took all 100, so the signed withdrawal of 1 is an overdraft.
    assertThat(run.isSuccess()).isFalse();
    assertThat(run.failure()).isEqualTo(RejectReason.INSUFFICIENT_BALANCE);

    ForcedWithdrawal partial = forcedWithdrawal(1, 0, 0, 60, RECIPIENT);
    BatchExecution ok =
        BatchExecutor.execute(
            state, new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), List.of(partial, w)));

    assertThat(ok.isSuccess()).as("%s", ok).isTrue();
    assertThat(ok.l1Withdrawals()).containsExactly(paid(60), paid(1));
    assertThat(ok.withdrawals()).containsExactly(w);
    assertThat(ok.deposits()).isEmpty();
    assertThat(ok.priorityEntries()).isEqualTo(1);
    Fr dAfter = Poseidon.hash(dBefore, partial.forcedLeaf());
    Fr wChain = Poseidon.hash(Poseidon.hash(Fr.ZERO, paid(60).leaf()), w.withdrawalLeaf());
    assertThat(ok.header().l1OpsCommitment().value())
        .isEqualTo(Poseidon.hash(dBefore, dAfter, wChain));
    assertThat(ok.header().commitment()).isEqualTo(data(partial, w).commitment());
  }

  @Test
  void decideAgreesWithApply() {
    L2State twin = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    StateTransition.apply(twin, world.deposit(0, 0, 0, 100));
    ForcedWithdrawal f = forcedWithdrawal(1, 0, 0, 130, RECIPIENT);

    TxOutcome applied = StateTransition.apply(state, f);
    TxOutcome decided = StateTransition.decide(twin, f, SignatureCheck.DIRECT);

    assertThat(decided.emitted()).isEqualTo(applied.emitted());
    assertThat(twin.root()).isEqualTo(state.root());
    assertThat(twin.depositChain()).isEqualTo(state.depositChain());
  }

  private static BatchData data(Transaction... txs) {
    return new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), List.of(txs));
  }

  private static L1Withdrawal paid(long amount) {
    return new L1Withdrawal(RECIPIENT, TokenId.of(0), Amount.of(amount));
  }

  private TxOutcome applied(Transaction tx) {
    TxOutcome out = StateTransition.apply(state, tx);
    assertThat(out.isApplied()).as("%s", out).isTrue();
    return out;
  }

  private void assertRejected(Transaction tx, RejectReason reason) {
    var before = state.root();
    TxOutcome out = StateTransition.apply(state, tx);
    assertThat(out.isApplied()).isFalse();
    assertThat(out.reason()).isEqualTo(reason);
    assertThat(state.root()).isEqualTo(before);
  }

  private Amount balance(int account, int token) {
    return state.account(AccountId.of(account)).orElseThrow().balance(TokenId.of(token));
  }
}
