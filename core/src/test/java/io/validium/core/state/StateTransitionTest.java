package io.validium.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.testing.TestWorld;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
import io.validium.core.types.StateRoot;
import io.validium.core.types.TokenId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StateTransitionTest {
  private static final Address RECIPIENT =
      Address.parse("0x00000000000000000000000000000000000000aa");
  private final TestWorld world = new TestWorld(3, 7);
  private L2State state;

  @BeforeEach
  void fundTwoAccounts() {
    state = new L2State(TestWorld.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH);
    applied(world.deposit(0, 0, 0, 1_000));
    applied(world.deposit(1, 1, 0, 50));
  }

  @Test
  void transferMovesFundsAndBumpsTheSenderNonce() {
    applied(world.transfer(0, 1, 0, 300, 0));
    assertThat(balance(0)).isEqualTo(Amount.of(700));
    assertThat(balance(1)).isEqualTo(Amount.of(350));
    assertThat(state.account(AccountId.of(0)).orElseThrow().nonce()).isEqualTo(Nonce.of(1));
    assertThat(state.account(AccountId.of(1)).orElseThrow().nonce()).isEqualTo(Nonce.ZERO);
  }

  @Test
  void rejectsTransferWhenNonceIsReused() {
    applied(world.transfer(0, 1, 0, 1, 0));
    assertRejected(world.transfer(0, 1, 0, 1, 0), RejectReason.WRONG_NONCE);
  }

  @Test
  void rejectsTransferWithAFutureNonce() {
    assertRejected(world.transfer(0, 1, 0, 1, 1), RejectReason.WRONG_NONCE);
  }

  @Test
  void rejectsTransferSignedByAnotherKey() {
    Transfer honest = world.transfer(0, 1, 0, 1, 0);
    Transfer forged =
        new Transfer(
            honest.domain(),
            honest.from(),
            honest.to(),
            honest.token(),
            honest.amount(),
            honest.nonce(),
            TestWorld.sign(world.key(1), honest.message()));
    assertRejected(forged, RejectReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsTransferWhoseSignedAmountWasChanged() {
    Transfer honest = world.transfer(0, 1, 0, 1, 0);
    Transfer tampered =
        new Transfer(
            honest.domain(),
            honest.from(),
            honest.to(),
            honest.token(),
            Amount.of(999),
            honest.nonce(),
            honest.signature());
    assertRejected(tampered, RejectReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsTransferForAnotherDeployment() {
    Transfer t = world.transfer(0, 1, 0, 1, 0);
    Transfer elsewhere =
        new Transfer(
            TestWorld.OTHER_DOMAIN,
            t.from(),
            t.to(),
            t.token(),
            t.amount(),
            t.nonce(),
            t.signature());
    assertRejected(elsewhere, RejectReason.WRONG_DOMAIN);
  }

  @Test
  void rejectsOverdraft() {
    assertRejected(world.transfer(1, 0, 0, 51, 0), RejectReason.INSUFFICIENT_BALANCE);
  }

  @Test
  void rejectsTransferToAnEmptySlot() {
    assertRejected(world.transfer(0, 2, 0, 1, 0), RejectReason.UNKNOWN_ACCOUNT);
  }

  @Test
  void rejectsTransferFromAnEmptySlot() {
    assertRejected(world.transfer(2, 0, 0, 1, 0), RejectReason.UNKNOWN_ACCOUNT);
  }

  @Test
  void rejectsTokenWithoutABalanceSlot() {
    assertRejected(world.transfer(0, 1, 16, 1, 0), RejectReason.UNKNOWN_TOKEN);
  }

  @Test
  void rejectsTransferToSelf() {
    assertRejected(world.transfer(0, 0, 0, 1, 0), RejectReason.SELF_TRANSFER);
  }

  @Test
  void rejectsDepositThatSkipsTheQueue() {
    assertRejected(world.deposit(5, 2, 0, 1), RejectReason.DEPOSIT_OUT_OF_ORDER);
  }

  @Test
  void rejectsDepositIntoAnAccountOwnedByAnotherKey() {
    Deposit d = world.deposit(2, 1, 0, 1);
    Deposit wrongKey =
        new Deposit(d.domain(), d.index(), AccountId.of(0), d.publicKey(), d.token(), d.amount());
    assertRejected(wrongKey, RejectReason.ACCOUNT_KEY_MISMATCH);
  }

  @Test
  void rejectsDepositThatWouldOverflowTheBalance() {
    Deposit big =
        new Deposit(
            TestWorld.DOMAIN,
            DepositIndex.of(2),
            AccountId.of(1),
            world.publicKey(1),
            TokenId.ETH,
            Amount.MAX);
    assertRejected(big, RejectReason.BALANCE_OVERFLOW);
  }

  @Test
  void rejectsTransferThatWouldOverflowTheReceiver() {
    applied(
        new Deposit(
            TestWorld.DOMAIN,
            DepositIndex.of(2),
            AccountId.of(1),
            world.publicKey(1),
            TokenId.of(1),
            Amount.MAX));
    applied(world.deposit(3, 0, 1, 1));
    assertRejected(world.transfer(0, 1, 1, 1, 0), RejectReason.BALANCE_OVERFLOW);
  }

  @Test
  void withdrawalBurnsTheAmountAndBumpsTheNonce() {
    applied(world.withdrawal(0, 0, 400, 0, RECIPIENT));
    assertThat(balance(0)).isEqualTo(Amount.of(600));
    assertRejected(world.withdrawal(0, 0, 601, 1, RECIPIENT), RejectReason.INSUFFICIENT_BALANCE);
  }

  @Test
  void depositOpensAnAccountAndAdvancesTheDepositChain() {
    Fr chainBefore = state.depositChain();
    applied(world.deposit(2, 2, 3, 9));
    assertThat(state.account(AccountId.of(2)).orElseThrow().balance(TokenId.of(3)))
        .isEqualTo(Amount.of(9));
    assertThat(state.nextDepositIndex()).isEqualTo(DepositIndex.of(3));
    assertThat(state.depositChain()).isNotEqualTo(chainBefore);
  }

  @Test
  void witnessPathsProveTheOldAndNewRoots() {
    StateRoot before = state.root();
    TxOutcome outcome = applied(world.transfer(0, 1, 0, 10, 0));
    AccessWitness sender = outcome.witness().get(0);
    AccessWitness receiver = outcome.witness().get(1);
    assertThat(sender.rootBefore()).isEqualTo(before.value());
    assertThat(receiver.rootBefore()).isEqualTo(sender.rootAfter());
    assertThat(receiver.rootAfter()).isEqualTo(state.root().value());
    for (AccessWitness w : outcome.witness()) {
      Account old = w.accountBefore().orElseThrow();
      assertThat(w.accountProof().verifies(w.rootBefore(), old.leaf())).isTrue();
      MerkleProof balanceProof = w.balanceProof();
      assertThat(
              balanceProof.verifies(
                  old.balances().root(), Fr.fromBigInteger(w.balanceBefore().toBigInteger())))
          .isTrue();
    }
  }

  private TxOutcome applied(io.validium.core.tx.Transaction tx) {
    TxOutcome outcome = StateTransition.apply(state, tx);
    assertThat(outcome.isApplied()).as("%s", outcome).isTrue();
    return outcome;
  }

  private void assertRejected(io.validium.core.tx.Transaction tx, RejectReason reason) {
    StateRoot before = state.root();
    TxOutcome outcome = StateTransition.apply(state, tx);
    assertThat(outcome.isApplied()).isFalse();
    assertThat(outcome.reason()).isEqualTo(reason);
    assertThat(state.root()).as("a rejected transaction changes nothing").isEqualTo(before);
  }

  private Amount balance(int account) {
    return state.account(AccountId.of(account)).orElseThrow().balance(TokenId.ETH);
  }
}
