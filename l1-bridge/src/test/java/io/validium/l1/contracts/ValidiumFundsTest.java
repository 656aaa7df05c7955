package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.address;
import static io.validium.l1.contracts.Abi.uint;
import static io.validium.l1.contracts.Abi.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.field.Fr;
import io.validium.core.tx.Withdrawal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deposits, withdrawals, the freeze and the exits, with core running the L2 side. */
class ValidiumFundsTest extends ContractsOnAnvil {

  private static final EdDsaPrivateKey ALICE = Scenario.user("alice");
  private static final EdDsaPrivateKey BOB = Scenario.user("bob");
  private static final int ALICE_ID = 7;
  private static final int BOB_ID = 1_000_000;
  private static final long DEADLINE = 20;

  private String depositor;
  private String recipient;

  /** Replaces the base class's deployment: a short deadline, so freezes are reachable. */
  @BeforeEach
  @Override
  void deploy() {
    d =
        Deployment.deploy(
            l1, contracts, verifier, CommitteeKeys.members("committee", 5), 3, DEADLINE, 10);
    s = new Scenario(d, prover);
    depositor = l1.account(2);
    recipient = l1.account(8);
  }

  // ------------------------------------------------------------------ deposits

  @Test
  void queuesAnEthDepositWithItsDeadlineAndTheDepositLeafCoreComputes() {
    long block = l1.blockNumber();
    s.depositEth(depositor, ALICE_ID, ALICE, 1234);

    assertThat(d.read("depositCount()")).isEqualTo(BigInteger.ONE);
    assertThat(d.read("depositDeadline(uint64)", uint(0)).longValue())
        .isEqualTo(block + 1 + DEADLINE);
    s.submit(s.nextBatch(), 3);
    assertThat(d.depositChain(1)).isEqualTo(s.state.depositChain());
  }

  @Test
  void announcesADepositWithEverythingL2NeedsToCreditIt() {
    com.fasterxml.jackson.databind.JsonNode log =
        Events.only(
            s.depositEth(depositor, ALICE_ID, ALICE, 1234),
            "DepositQueued(uint64,uint32,uint16,uint96,uint256,uint256,address,uint64,uint256)");

    assertThat(Events.topic(log, 1)).isZero();
    assertThat(Events.topic(log, 2)).isEqualTo(BigInteger.valueOf(ALICE_ID));
    List<BigInteger> data = Events.data(log);
    assertThat(data.subList(0, 5))
        .containsExactly(
            BigInteger.ZERO,
            BigInteger.valueOf(1234),
            ALICE.publicKey().x().toBigInteger(),
            ALICE.publicKey().y().toBigInteger(),
            Abi.addressValue(depositor));
    assertThat(data.get(6)).isEqualTo(d.depositChain(1).toBigInteger());
  }

  @Test
  void refusesDepositsThatL2CouldNotCredit() {
    BigInteger ax = ALICE.publicKey().x().toBigInteger();
    BigInteger ay = ALICE.publicKey().y().toBigInteger();
    String eth = Scenario.depositEthSignature();
    BigInteger wei = BigInteger.TEN;
    l1.assertReverts(
        depositor,
        d.validium,
        Abi.call(eth, uint(1 << 24), words(ax), words(ay)),
        wei,
        "BadAccountId()");
    l1.assertReverts(
        depositor,
        d.validium,
        Abi.call(eth, uint(1), words(Fr.MODULUS), words(ay)),
        wei,
        "BadPublicKey()");
    // Off the curve, and the identity, for which anyone can sign.
    l1.assertReverts(
        depositor,
        d.validium,
        Abi.call(eth, uint(1), words(ax), words(ay.add(BigInteger.ONE))),
        wei,
        "BadPublicKey()");
    l1.assertReverts(
        depositor,
        d.validium,
        Abi.call(eth, uint(1), words(BigInteger.ZERO), words(BigInteger.ONE)),
        wei,
        "BadPublicKey()");
    l1.assertReverts(
        depositor,
        d.validium,
        Abi.call(eth, uint(1), words(ax), words(ay)),
        BigInteger.ZERO,
        "BadAmount()");
    String whale = l1.account(9);
    l1.setBalance(whale, BigInteger.ONE.shiftLeft(100));
    l1.assertReverts(
        whale,
        d.validium,
        Abi.call(eth, uint(1), words(ax), words(ay)),
        BigInteger.ONE.shiftLeft(96),
        "BadAmount()");
    l1.assertReverts(
        depositor,
        d.validium,
        Abi.call(
            "depositToken(uint16,uint96,uint32,uint256,uint256)",
            uint(3),
            uint(5),
            uint(1),
            words(ax),
            words(ay)),
        "UnknownToken(uint16)");
  }

  @Test
  void refusesADepositIntoAnAccountOpenedWithAnotherKey() {
    s.depositEth(depositor, ALICE_ID, ALICE, 10);
    byte[] withBobsKey =
        Abi.call(
            Scenario.depositEthSignature(),
            uint(ALICE_ID),
            words(BOB.publicKey().x().toBigInteger()),
            words(BOB.publicKey().y().toBigInteger()));

    // L2 would reject it (ACCOUNT_KEY_MISMATCH), and the queue would stall until the freeze.
    l1.assertReverts(
        l1.account(3), d.validium, withBobsKey, BigInteger.TEN, "AccountKeyMismatch()");
    s.depositEth(l1.account(3), ALICE_ID, ALICE, 20);
    assertThat(d.read("depositCount()")).isEqualTo(BigInteger.TWO);
  }

  // ------------------------------------------------------------------ withdrawals

  @Test
  void paysAnEthWithdrawalOnceItsBatchIsFinalAndOnlyOnce() {
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    s.submit(s.nextBatch(), 3);
    Withdrawal w = s.withdraw(ALICE_ID, ALICE, 0, 1_500, recipient);
    byte[] claim = claimCall(1, 0, w);
    l1.assertReverts(l1.account(5), d.validium, claim, "NotClaimable()");
    s.submit(s.nextBatch(), 3);

    BigInteger before = l1.balance(recipient);
    l1.send(l1.account(5), d.validium, claim);

    assertThat(l1.balance(recipient)).isEqualTo(before.add(BigInteger.valueOf(1_500)));
    l1.assertReverts(l1.account(5), d.validium, claim, "NotClaimable()");
  }

  @Test
  void refusesToPayAWithdrawalThatDiffersFromTheOneTheBatchEmitted() {
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    s.submit(s.nextBatch(), 3);
    s.withdraw(ALICE_ID, ALICE, 0, 1_500, recipient);
    s.submit(s.nextBatch(), 3);

    byte[] more =
        Abi.call(
            Deployment.CLAIM,
            uint(1),
            uint(0),
            words(Deployment.withdrawalWords(recipient, 0, BigInteger.valueOf(1_501))));
    l1.assertReverts(l1.account(5), d.validium, more, "NotClaimable()");
  }

  @Test
  void paysAnErc20WithdrawalToItsRecipient() {
    String token = registeredToken("TestToken", 1);
    fund(token, depositor, 10_000);
    s.depositToken(depositor, 1, BOB_ID, BOB, 10_000);
    s.submit(s.nextBatch(), 3);
    Withdrawal w = s.withdraw(BOB_ID, BOB, 1, 4_000, recipient);
    s.submit(s.nextBatch(), 3);

    l1.send(l1.account(5), d.validium, claimCall(1, 0, w));

    assertThat(tokenBalance(token, recipient)).isEqualTo(BigInteger.valueOf(4_000));
    assertThat(tokenBalance(token, d.validium)).isEqualTo(BigInteger.valueOf(6_000));
  }

  @Test
  void aTokenThatReentersDuringAClaimCannotMakeItPayTwice() {
    String token = registeredToken("ReentrantToken", 2);
    fund(token, depositor, 10_000);
    s.depositToken(depositor, 2, BOB_ID, BOB, 10_000);
    s.submit(s.nextBatch(), 3);
    Withdrawal w = s.withdraw(BOB_ID, BOB, 2, 4_000, recipient);
    s.submit(s.nextBatch(), 3);
    byte[] claim = claimCall(1, 0, w);
    l1.send(
        depositor, token, Abi.call("arm(address,bytes)", address(d.validium), Abi.bytes(claim)));

    l1.assertReverts(l1.account(5), d.validium, claim, "Reentrancy()");
    assertThat(tokenBalance(token, recipient)).isZero();
  }

  // ------------------------------------------------------------------ freeze and exits

  @Test
  void cannotFreezeWhileEveryDepositIsProcessedOrWithinItsDeadline() {
    byte[] freeze = Abi.call("freeze()");
    l1.assertReverts(l1.account(5), d.validium, freeze, "NothingOverdue()");
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    l1.assertReverts(l1.account(5), d.validium, freeze, "NothingOverdue()");
    s.submit(s.nextBatch(), 3);
    l1.mine(DEADLINE + 1);
    l1.assertReverts(l1.account(5), d.validium, freeze, "NothingOverdue()");
  }

  @Test
  void anOverdueDepositLetsAnyoneFreezeAndStopsBatchesAndDeposits() {
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    Scenario.Batch b = s.nextBatch();
    l1.mine(DEADLINE + 1);

    l1.send(l1.account(5), d.validium, Abi.call("freeze()"));

    assertThat(d.read("frozen()")).isEqualTo(BigInteger.ONE);
    d.assertSubmitReverts(
        b.header(), b.proof(), d.certificate(3, b.header()), 1, List.of(), "IsFrozen()");
    l1.assertReverts(
        depositor,
        d.validium,
        Abi.call(
            Scenario.depositEthSignature(),
            uint(1),
            words(ALICE.publicKey().x().toBigInteger()),
            words(ALICE.publicKey().y().toBigInteger())),
        BigInteger.TEN,
        "IsFrozen()");
  }

  @Test
  void refusesAnExitBeforeTheFreeze() {
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    s.submit(s.nextBatch(), 3);

    l1.assertReverts(
        l1.account(5), d.validium, s.exitCall(ALICE_ID, 0, ALICE, recipient, null), "NotFrozen()");
  }

  @Test
  void afterAFreezeEachAccountExitsItsFinalBalanceOnce() {
    String token = registeredToken("TestToken", 1);
    fund(token, depositor, 9_000);
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    s.depositToken(depositor, 1, BOB_ID, BOB, 9_000);
    s.submit(s.nextBatch(), 3);
    s.withdraw(ALICE_ID, ALICE, 0, 1_000, recipient);
    s.submit(s.nextBatch(), 3);
    // A deposit no batch consumes freezes the contract at its deadline.
    s.depositEth(depositor, ALICE_ID, ALICE, 77);
    l1.mine(DEADLINE + 1);
    l1.send(l1.account(5), d.validium, Abi.call("freeze()"));

    String aliceTo = l1.account(6);
    BigInteger before = l1.balance(aliceTo);
    byte[] exit = s.exitCall(ALICE_ID, 0, ALICE, aliceTo, null);
    l1.send(l1.account(5), d.validium, exit);
    l1.send(l1.account(5), d.validium, s.exitCall(BOB_ID, 1, BOB, l1.account(7), null));

    assertThat(l1.balance(aliceTo)).isEqualTo(before.add(BigInteger.valueOf(4_000)));
    assertThat(tokenBalance(token, l1.account(7))).isEqualTo(BigInteger.valueOf(9_000));
    assertThat(d.read("hasExited(uint32,uint16)", uint(ALICE_ID), uint(0)))
        .isEqualTo(BigInteger.ONE);
    l1.assertReverts(l1.account(5), d.validium, exit, "AlreadyExited()");
  }

  @Test
  void refusesAnExitWhoseProofDoesNotReachTheFinalRoot() {
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    s.submit(s.nextBatch(), 3);
    s.depositEth(depositor, ALICE_ID, ALICE, 77);
    l1.mine(DEADLINE + 1);
    l1.send(l1.account(5), d.validium, Abi.call("freeze()"));

    l1.assertReverts(
        l1.account(5),
        d.validium,
        s.exitCall(ALICE_ID, 0, ALICE, recipient, BigInteger.valueOf(5_001)),
        "InvalidExitProof()");
    // Bob has no account: Alice's leaf does not sit at his index.
    l1.assertReverts(
        l1.account(5),
        d.validium,
        retarget(s.exitCall(ALICE_ID, 0, ALICE, recipient, null), BOB_ID),
        "InvalidExitProof()");
  }

  @Test
  void refusesAnExitSignedByAnotherKeyOrForAnotherRecipient() {
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    s.submit(s.nextBatch(), 3);
    s.depositEth(depositor, ALICE_ID, ALICE, 77);
    l1.mine(DEADLINE + 1);
    l1.send(l1.account(5), d.validium, Abi.call("freeze()"));

    l1.assertReverts(
        l1.account(5),
        d.validium,
        s.exitCall(ALICE_ID, 0, BOB, recipient, null),
        "BadExitSignature()");
    byte[] forRecipient = s.exitCall(ALICE_ID, 0, ALICE, recipient, null);
    // R8x (word 35 of the arguments) at the field modulus is refused before any curve arithmetic.
    byte[] offField = forRecipient.clone();
    System.arraycopy(Abi.word(Fr.MODULUS), 0, offField, 4 + 32 * 35, 32);
    l1.assertReverts(l1.account(5), d.validium, offField, "BadExitSignature()");
    // The same signature with another recipient: word 34 of the arguments is the recipient.
    byte[] redirected = forRecipient.clone();
    System.arraycopy(Abi.word(Abi.addressValue(l1.account(9))), 0, redirected, 4 + 32 * 34, 32);
    l1.assertReverts(l1.account(5), d.validium, redirected, "BadExitSignature()");
  }

  @Test
  void returnsADepositNoBatchConsumedToItsDepositorAfterTheFreeze() {
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    s.submit(s.nextBatch(), 3);
    s.depositEth(l1.account(3), BOB_ID, BOB, 777);
    byte[] reclaim =
        Abi.call(
            "reclaimDeposit(uint64,uint32,uint256,uint256,uint16,uint96)",
            uint(1),
            uint(BOB_ID),
            words(BOB.publicKey().x().toBigInteger()),
            words(BOB.publicKey().y().toBigInteger()),
            uint(0),
            uint(777));
    l1.assertReverts(l1.account(5), d.validium, reclaim, "NotFrozen()");
    l1.mine(DEADLINE + 1);
    l1.send(l1.account(5), d.validium, Abi.call("freeze()"));

    BigInteger before = l1.balance(l1.account(3));
    l1.send(l1.account(5), d.validium, reclaim);

    assertThat(l1.balance(l1.account(3))).isEqualTo(before.add(BigInteger.valueOf(777)));
    l1.assertReverts(l1.account(5), d.validium, reclaim, "NotReclaimable()");
    byte[] processed =
        Abi.call(
            "reclaimDeposit(uint64,uint32,uint256,uint256,uint16,uint96)",
            uint(0),
            uint(ALICE_ID),
            words(ALICE.publicKey().x().toBigInteger()),
            words(ALICE.publicKey().y().toBigInteger()),
            uint(0),
            uint(5_000));
    l1.assertReverts(l1.account(5), d.validium, processed, "NotReclaimable()");
  }

  // ------------------------------------------------------------------ helpers

  private static byte[] claimCall(long batch, int index, Withdrawal w) {
    return Abi.call(
        Deployment.CLAIM, uint(batch), uint(index), words(Deployment.withdrawalWords(w)));
  }

  /** The exit calldata with its account id (the first argument word) replaced. */
  private static byte[] retarget(byte[] exit, int accountId) {
    byte[] out = exit.clone();
    System.arraycopy(Abi.word(BigInteger.valueOf(accountId)), 0, out, 4, 32);
    return out;
  }

  private String registeredToken(String contract, int tokenId) {
    String token = l1.deploy(contracts.contract(contract).bytecode(), new byte[0]);
    l1.send(
        d.owner,
        d.validium,
        Abi.call("registerToken(uint16,address)", uint(tokenId), address(token)));
    return token;
  }

  private void fund(String token, String holder, long amount) {
    l1.send(holder, token, Abi.call("mint(address,uint256)", address(holder), uint(amount)));
    l1.send(holder, token, Abi.call("approve(address,uint256)", address(d.validium), uint(amount)));
  }

  private BigInteger tokenBalance(String token, String holder) {
    return Abi.word(l1.call(token, Abi.call("balanceOf(address)", address(holder))), 0);
  }
}
