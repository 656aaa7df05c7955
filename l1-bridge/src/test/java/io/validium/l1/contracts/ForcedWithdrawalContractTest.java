package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.address;
import static io.validium.l1.contracts.Abi.uint;
import static io.validium.l1.contracts.Abi.words;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forced withdrawals and the L2 supply cap (protocol.md 17.1, 17.4), with core running L2. */
class ForcedWithdrawalContractTest extends ContractsOnAnvil {

  private static final EdDsaPrivateKey ALICE = Scenario.user("alice");
  private static final EdDsaPrivateKey BOB = Scenario.user("bob");
  private static final int ALICE_ID = 7;
  private static final int BOB_ID = 9;
  private static final long DEADLINE = 20;
  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(96).subtract(BigInteger.ONE);
  private static final String QUEUED =
      "ForcedWithdrawalQueued(uint64,uint32,uint16,uint96,address,uint64,uint256)";

  private String depositor;
  private String recipient;

  /**
   * Replaces the base class's deployment: forced withdrawals open, a short deadline, alice funded.
   */
  @BeforeEach
  @Override
  void deploy() {
    d =
        Deployment.deploy(
            l1, contracts, verifier, CommitteeKeys.members("committee", 5), 3, DEADLINE, 10, true);
    s = new Scenario(d, prover);
    depositor = l1.account(2);
    recipient = l1.account(8);
    s.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    s.submit(s.nextBatch(), 3);
  }

  @Test
  void acceptsARequestSignedOverCoresRequestMessage() {
    long nonce = d.read("forcedWithdrawalNonce(uint32)", uint(ALICE_ID)).longValueExact();
    Fr core =
        ForcedWithdrawal.requestMessage(
            d.domain,
            AccountId.of(ALICE_ID),
            TokenId.ETH,
            Amount.of(700),
            Address.parse(recipient),
            Nonce.of(nonce));
    EdDsaSignature sig = ALICE.sign(core);
    byte[] call =
        Abi.call(
            Scenario.REQUEST_FORCED_WITHDRAWAL,
            uint(ALICE_ID),
            uint(0),
            words(BigInteger.valueOf(700)),
            address(recipient),
            words(ALICE.publicKey().x().toBigInteger()),
            words(ALICE.publicKey().y().toBigInteger()),
            words(sig.r8x().toBigInteger(), sig.r8y().toBigInteger(), sig.s()));

    l1.send(l1.account(5), d.validium, call);

    assertThat(d.read("forcedWithdrawalNonce(uint32)", uint(ALICE_ID)))
        .isEqualTo(BigInteger.valueOf(nonce + 1));
  }

  @Test
  void aRequestJoinsTheDepositQueueAndItsBatchMakesThePaidAmountClaimable() {
    long block = l1.blockNumber();
    JsonNode log =
        Events.only(
            s.requestForcedWithdrawal(l1.account(5), ALICE_ID, ALICE, 0, 2_000, recipient), QUEUED);

    assertThat(Events.topic(log, 1)).isEqualTo(BigInteger.ONE);
    assertThat(Events.topic(log, 2)).isEqualTo(BigInteger.valueOf(ALICE_ID));
    List<BigInteger> data = Events.data(log);
    assertThat(data.subList(0, 4))
        .containsExactly(
            BigInteger.ZERO,
            BigInteger.valueOf(2_000),
            Abi.addressValue(recipient),
            BigInteger.valueOf(block + 1 + DEADLINE));
    assertThat(d.read("depositCount()")).isEqualTo(BigInteger.TWO);
    assertThat(d.read("forcedWithdrawalNonce(uint32)", uint(ALICE_ID))).isEqualTo(BigInteger.ONE);

    s.submit(s.nextBatch(), 3);
    // L1's chain entry is the leaf core consumed.
    assertThat(d.depositChain(2)).isEqualTo(s.state.depositChain());
    assertThat(Fr.fromBigInteger(data.get(4))).isEqualTo(s.state.depositChain());
    BigInteger before = l1.balance(recipient);
    l1.send(l1.account(5), d.validium, claim(1, 0, 2_000));
    assertThat(l1.balance(recipient).subtract(before)).isEqualTo(BigInteger.valueOf(2_000));
    assertThat(d.read("l2Supply(uint16)", uint(0))).isEqualTo(BigInteger.valueOf(3_000));
  }

  @Test
  void aRequestAboveTheBalancePaysTheWholeBalance() {
    s.requestForcedWithdrawal(l1.account(5), ALICE_ID, ALICE, 0, 1_000_000, recipient);
    s.submit(s.nextBatch(), 3);

    l1.assertReverts(l1.account(5), d.validium, claim(1, 0, 1_000_000), "NotClaimable()");
    l1.send(l1.account(5), d.validium, claim(1, 0, 5_000));
    assertThat(d.read("l2Supply(uint16)", uint(0))).isZero();
  }

  @Test
  void aContractDeployedAsTheDeployCommandDoesRefusesEveryRequest() {
    Deployment closed =
        Deployment.deploy(
            l1, contracts, verifier, CommitteeKeys.members("closed", 3), 2, DEADLINE, 10);
    Scenario c = new Scenario(closed, prover);
    c.depositEth(depositor, ALICE_ID, ALICE, 5_000);
    byte[] call = c.forcedWithdrawalCall(ALICE_ID, ALICE, ALICE, 0, BigInteger.TEN, recipient, 0);

    l1.assertReverts(l1.account(5), closed.validium, call, "ForcedWithdrawalsDisabled()");
  }

  @Test
  void aPublishedRequestCannotBeReplayed() {
    byte[] call = s.forcedWithdrawalCall(ALICE_ID, ALICE, ALICE, 0, BigInteger.TEN, recipient, 0);
    l1.send(l1.account(5), d.validium, call);

    l1.assertReverts(l1.account(5), d.validium, call, "BadForcedWithdrawalSignature()");
  }

  @Test
  void refusesEachMalformedOrUnauthorisedRequest() {
    BigInteger ten = BigInteger.TEN;
    assertRefused(
        s.forcedWithdrawalCall(1 << 24, ALICE, ALICE, 0, ten, recipient, 0), "BadAccountId()");
    assertRefused(
        s.forcedWithdrawalCall(ALICE_ID, ALICE, ALICE, 3, ten, recipient, 0),
        "UnknownToken(uint16)");
    assertRefused(
        s.forcedWithdrawalCall(ALICE_ID, ALICE, ALICE, 0, BigInteger.ZERO, recipient, 0),
        "BadAmount()");
    assertRefused(
        s.forcedWithdrawalCall(ALICE_ID, ALICE, ALICE, 0, ten, "0x" + "0".repeat(40), 0),
        "BadRecipient()");
    assertRefused(
        s.forcedWithdrawalCall(BOB_ID, BOB, BOB, 0, ten, recipient, 0), "UnknownAccount()");
    assertRefused(
        s.forcedWithdrawalCall(ALICE_ID, BOB, BOB, 0, ten, recipient, 0), "AccountKeyMismatch()");
    assertRefused(
        s.forcedWithdrawalCall(ALICE_ID, ALICE, BOB, 0, ten, recipient, 0),
        "BadForcedWithdrawalSignature()");
    // Signed for nonce 1 while the account's next request nonce is 0.
    assertRefused(
        s.forcedWithdrawalCall(ALICE_ID, ALICE, ALICE, 0, ten, recipient, 1),
        "BadForcedWithdrawalSignature()");
    // R8.x replaced by r: not a field element.
    byte[] offField = s.forcedWithdrawalCall(ALICE_ID, ALICE, ALICE, 0, ten, recipient, 0);
    System.arraycopy(Abi.word(Fr.MODULUS), 0, offField, offField.length - 96, 32);
    assertRefused(offField, "BadForcedWithdrawalSignature()");
  }

  @Test
  void anUnprocessedRequestPastItsDeadlineLetsAnyoneFreeze() {
    byte[] freeze = Abi.call("freeze()");
    s.requestForcedWithdrawal(l1.account(5), ALICE_ID, ALICE, 0, 100, recipient);
    l1.assertReverts(l1.account(5), d.validium, freeze, "NothingOverdue()");
    l1.mine(DEADLINE + 1);

    JsonNode frozen = l1.send(l1.account(5), d.validium, freeze);

    assertThat(Events.data(Events.only(frozen, "Frozen(bytes32,uint64,uint64)")).get(2))
        .isEqualTo(BigInteger.ONE);
    assertRefused(
        s.forcedWithdrawalCall(ALICE_ID, ALICE, ALICE, 0, BigInteger.TEN, recipient, 1),
        "IsFrozen()");
    // The forced entry is not a deposit: nothing to reclaim, the account exits instead.
    l1.assertReverts(
        l1.account(5),
        d.validium,
        Abi.call(
            "reclaimDeposit(uint64,uint32,uint256,uint256,uint16,uint96)",
            uint(1),
            uint(ALICE_ID),
            words(ALICE.publicKey().x().toBigInteger()),
            words(ALICE.publicKey().y().toBigInteger()),
            uint(0),
            uint(100)),
        "NotReclaimable()");
  }

  @Test
  void refusesADepositThatWouldTakeTheTokensL2SupplyAbove2To96() {
    String token = l1.deploy(contracts.contract("TestToken").bytecode(), new byte[0]);
    l1.send(
        d.owner, d.validium, Abi.call("registerToken(uint16,address)", uint(1), address(token)));
    BigInteger minted = MAX.add(BigInteger.ONE);
    l1.send(depositor, token, Abi.call("mint(address,uint256)", address(depositor), words(minted)));
    l1.send(
        depositor, token, Abi.call("approve(address,uint256)", address(d.validium), words(minted)));
    l1.send(depositor, d.validium, depositToken(1, MAX, BOB_ID, BOB));

    l1.assertReverts(
        depositor,
        d.validium,
        depositToken(1, BigInteger.ONE, ALICE_ID, ALICE),
        "SupplyCapExceeded(uint16,uint256,uint256)");
    assertThat(d.read("l2Supply(uint16)", uint(1))).isEqualTo(MAX);
  }

  private void assertRefused(byte[] call, String error) {
    l1.assertReverts(l1.account(5), d.validium, call, error);
  }

  private static byte[] depositToken(
      int tokenId, BigInteger amount, int account, EdDsaPrivateKey k) {
    return Abi.call(
        "depositToken(uint16,uint96,uint32,uint256,uint256)",
        uint(tokenId),
        words(amount),
        uint(account),
        words(k.publicKey().x().toBigInteger()),
        words(k.publicKey().y().toBigInteger()));
  }

  private byte[] claim(long batch, int index, long amount) {
    return Abi.call(
        Deployment.CLAIM,
        uint(batch),
        uint(index),
        words(Deployment.withdrawalWords(recipient, 0, BigInteger.valueOf(amount))));
  }
}
