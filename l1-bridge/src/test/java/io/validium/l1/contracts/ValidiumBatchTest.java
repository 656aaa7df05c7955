package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.address;
import static io.validium.l1.contracts.Abi.uint;
import static io.validium.l1.contracts.Abi.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Keccak256;
import io.validium.core.field.Fr;
import io.validium.core.types.StateRoot;
import io.validium.zk.groth16.Proof;
import io.validium.zk.solidity.SolidityCalldata;
import io.validium.zk.testing.evm.Anvil;
import io.validium.zk.testing.evm.EvmToolchain;
import io.validium.zk.testing.evm.Solc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** submitBatch: the happy path with real proofs and a 3-of-5 committee, and every refusal. */
class ValidiumBatchTest {

  private static final List<List<BigInteger>> NO_WITHDRAWALS = List.of();

  private static Anvil anvil;
  private static L1 l1;
  private static Solc.Output contracts;
  private static BatchProver prover;
  private static byte[] verifier;

  private Deployment d;
  private Scenario s;

  @BeforeAll
  static void start() {
    EvmToolchain tools = EvmToolchain.require();
    contracts = ContractSources.compiled(tools);
    prover = new DevelopmentBatchProver();
    verifier = Deployment.verifierBytecode(tools, prover);
    anvil = Anvil.start(tools);
    l1 = new L1(anvil);
  }

  @AfterAll
  static void stop() {
    if (anvil != null) {
      anvil.close();
    }
  }

  @BeforeEach
  void deploy() {
    d =
        Deployment.deploy(
            l1, contracts, verifier, CommitteeKeys.members("committee", 5), 3, 100, 10);
    s = new Scenario(d, prover);
  }

  private Scenario.Batch batchWithTwoDeposits() {
    s.depositEth(l1.account(2), 7, Scenario.user("alice"), 1_000_000);
    s.depositEth(l1.account(3), 9, Scenario.user("bob"), 2_000_000);
    return s.nextBatch();
  }

  @Test
  void acceptsABatchWithItsProofAndThreeOfFiveSignaturesAndAdvancesTheRoot() {
    Scenario.Batch b = batchWithTwoDeposits();

    s.submit(b, 3);

    assertThat(d.stateRoot()).isEqualTo(b.header().newRoot().value().toBigInteger());
    assertThat(d.nextBatchNumber()).isEqualTo(1);
    assertThat(d.read("processedDeposits()")).isEqualTo(BigInteger.TWO);
    assertThat(d.read("batchHeaderHash(uint64)", uint(0)))
        .isEqualTo(
            new BigInteger(
                1, Keccak256.hash(Abi.encode(words(Deployment.headerWords(b.header()))))));
  }

  @Test
  void announcesTheFinalizedBatchInAnEvent() {
    Scenario.Batch b = batchWithTwoDeposits();

    com.fasterxml.jackson.databind.JsonNode log =
        Events.only(
            s.submit(b, 3), "BatchFinalized(uint64,bytes32,bytes32,bytes32,bytes32,uint64)");

    assertThat(Events.topic(log, 1)).isEqualTo(BigInteger.ZERO);
    List<BigInteger> data = Events.data(log);
    assertThat(data.subList(0, 4))
        .containsExactlyElementsOf(Deployment.headerWords(b.header()).subList(1, 5));
    assertThat(data.get(4)).isEqualTo(BigInteger.TWO);
  }

  @Test
  void rejectsAHeaderWhoseNewRootIsNotAFieldElement() {
    Scenario.Batch b = batchWithTwoDeposits();
    List<BigInteger> header = new ArrayList<>(Deployment.headerWords(b.header()));
    // The alias newRoot + r would act as newRoot inside the pairing's scalar multiplication.
    header.set(2, header.get(2).add(Fr.MODULUS));
    byte[] data =
        Abi.call(
            Deployment.SUBMIT_BATCH,
            words(header),
            words(SolidityCalldata.proofWords(b.proof())),
            Abi.bytes(d.certificate(3, b.header())),
            uint(2),
            Abi.array(NO_WITHDRAWALS));

    l1.assertReverts(l1.account(1), d.validium, data, "InvalidProof()");
  }

  @Test
  void extendsTheDepositChainExactlyAsCoreDoes() {
    batchWithTwoDeposits();

    assertThat(d.depositChain(2)).isEqualTo(s.state.depositChain());
    assertThat(d.read("domainHash()")).isEqualTo(d.domain.hash().toBigInteger());
  }

  @Test
  void computesTheSameEip712DigestAsTheCommittee() {
    BatchHeader h = batchWithTwoDeposits().header();

    byte[] onChain =
        l1.call(
            d.validium,
            Abi.call(
                "attestationDigest((uint64,bytes32,bytes32,bytes32,bytes32))",
                words(Deployment.headerWords(h))));

    assertThat(onChain).isEqualTo(d.digest(h));
  }

  @Test
  void acceptsConsecutiveBatches() {
    s.submit(batchWithTwoDeposits(), 3);
    s.depositEth(l1.account(2), 7, Scenario.user("alice"), 5);
    Scenario.Batch second = s.nextBatch();

    s.submit(second, 5);

    assertThat(d.nextBatchNumber()).isEqualTo(2);
    assertThat(d.stateRoot()).isEqualTo(second.header().newRoot().value().toBigInteger());
  }

  @Test
  void rejectsAStaleOldRoot() {
    Scenario.Batch first = batchWithTwoDeposits();
    s.submit(first, 3);
    // Batch 1 claiming to start from the genesis root again.
    BatchHeader stale =
        new BatchHeader(
            first.header().number().next(),
            first.header().oldRoot(),
            first.header().newRoot(),
            first.header().commitment(),
            first.header().l1OpsCommitment());

    assertSubmitReverts(stale, 2, "WrongOldRoot(bytes32,bytes32)");
  }

  @Test
  void rejectsAnOldRootThatIsNotTheCurrentOne() {
    BatchHeader h = batchWithTwoDeposits().header();
    BatchHeader wrong =
        new BatchHeader(
            h.number(),
            StateRoot.of(Fr.of(12345)),
            h.newRoot(),
            h.commitment(),
            h.l1OpsCommitment());

    assertSubmitReverts(wrong, 2, "WrongOldRoot(bytes32,bytes32)");
  }

  @Test
  void rejectsASkippedBatchNumber() {
    BatchHeader h = batchWithTwoDeposits().header();
    BatchHeader skipped =
        new BatchHeader(
            h.number().next(), h.oldRoot(), h.newRoot(), h.commitment(), h.l1OpsCommitment());

    assertSubmitReverts(skipped, 2, "WrongBatchNumber(uint64,uint64)");
  }

  @Test
  void rejectsAReplayedBatch() {
    Scenario.Batch b = batchWithTwoDeposits();
    s.submit(b, 3);

    d.assertSubmitReverts(
        b.header(),
        b.proof(),
        d.certificate(3, b.header()),
        2,
        NO_WITHDRAWALS,
        "WrongBatchNumber(uint64,uint64)");
  }

  @Test
  void rejectsAnInvalidProof() {
    Scenario.Batch b = batchWithTwoDeposits();
    Proof bad = new Proof(b.proof().a().negate(), b.proof().b(), b.proof().c());

    d.assertSubmitReverts(
        b.header(), bad, d.certificate(3, b.header()), 2, NO_WITHDRAWALS, "InvalidProof()");
  }

  @Test
  void rejectsAProofOfOtherPublicInputs() {
    Scenario.Batch b = batchWithTwoDeposits();
    BatchHeader h = b.header();
    BatchHeader other =
        new BatchHeader(
            h.number(), h.oldRoot(), StateRoot.of(Fr.of(42)), h.commitment(), h.l1OpsCommitment());

    d.assertSubmitReverts(
        h, prover.prove(other), d.certificate(3, h), 2, NO_WITHDRAWALS, "InvalidProof()");
  }

  @Test
  void rejectsAProofWithACoordinateAboveTheFieldModulus() {
    Scenario.Batch b = batchWithTwoDeposits();
    List<BigInteger> proofWords = new ArrayList<>(SolidityCalldata.proofWords(b.proof()));
    proofWords.set(1, proofWords.get(1).add(io.validium.zk.curve.Bn254.BASE_FIELD_MODULUS));
    byte[] data =
        Abi.call(
            Deployment.SUBMIT_BATCH,
            words(Deployment.headerWords(b.header())),
            words(proofWords),
            Abi.bytes(d.certificate(3, b.header())),
            uint(2),
            Abi.array(NO_WITHDRAWALS));

    l1.assertReverts(l1.account(1), d.validium, data, "InvalidProof()");
  }

  @Test
  void rejectsTooFewSignatures() {
    assertSubmitReverts(batchWithTwoDeposits().header(), 2, "TooFewSignatures(uint256,uint256)");
  }

  @Test
  void rejectsAnEmptyCertificate() {
    Scenario.Batch b = batchWithTwoDeposits();
    d.assertSubmitReverts(
        b.header(),
        b.proof(),
        Deployment.certificate(0, List.of()),
        2,
        NO_WITHDRAWALS,
        "TooFewSignatures(uint256,uint256)");
  }

  @Test
  void rejectsGarbageAsACertificate() {
    Scenario.Batch b = batchWithTwoDeposits();
    for (byte[] garbage :
        new byte[][] {
          new byte[0], new byte[95], Abi.encode(uint(0), uint(0x20), uint(65)), new byte[200]
        }) {
      d.assertSubmitReverts(
          b.header(), b.proof(), garbage, 2, NO_WITHDRAWALS, "MalformedCertificate()");
    }
  }

  @Test
  void rejectsASignatureOfANonMember() {
    BatchHeader h = batchWithTwoDeposits().header();
    List<CommitteeKeys.Member> signers = new ArrayList<>(d.members.subList(0, 2));
    signers.add(CommitteeKeys.members("outsider", 1).get(0));
    signers.sort(java.util.Comparator.comparing(m -> new BigInteger(m.address().substring(2), 16)));

    assertCertificateReverts(h, d.certificate(0, signers, h), "NotAMember(uint256,address)");
  }

  @Test
  void rejectsADuplicatedSigner() {
    BatchHeader h = batchWithTwoDeposits().header();
    List<CommitteeKeys.Member> m = d.members;

    assertCertificateReverts(
        h,
        d.certificate(0, List.of(m.get(0), m.get(1), m.get(1)), h),
        "SignersNotStrictlyIncreasing(uint256,address)");
  }

  @Test
  void rejectsSignersOutOfAddressOrder() {
    BatchHeader h = batchWithTwoDeposits().header();
    List<CommitteeKeys.Member> m = d.members;

    assertCertificateReverts(
        h,
        d.certificate(0, List.of(m.get(1), m.get(0), m.get(2)), h),
        "SignersNotStrictlyIncreasing(uint256,address)");
  }

  @Test
  void rejectsAHighSSignature() {
    BatchHeader h = batchWithTwoDeposits().header();
    byte[] digest = d.digest(h);
    List<byte[]> sigs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sigs.add(CommitteeKeys.sign(d.members.get(i), digest));
    }
    sigs.set(1, CommitteeKeys.highS(sigs.get(1)));

    assertCertificateReverts(h, Deployment.certificate(0, sigs), "HighS(uint256)");
  }

  @Test
  void rejectsASignatureWithAnInvalidRecoveryByteOrNoSigner() {
    BatchHeader h = batchWithTwoDeposits().header();
    byte[] digest = d.digest(h);
    List<byte[]> sigs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sigs.add(CommitteeKeys.sign(d.members.get(i), digest));
    }
    sigs.get(2)[64] = 29;
    assertCertificateReverts(h, Deployment.certificate(0, sigs), "BadV(uint256)");
    sigs.set(2, new byte[65]);
    sigs.get(2)[64] = 27;
    assertCertificateReverts(h, Deployment.certificate(0, sigs), "BadSignature(uint256)");
  }

  @Test
  void publishesTheKeysetHashOfEachEpoch() {
    byte[] out = l1.call(d.committee, Abi.call("epoch(uint64)", uint(0)));
    byte[] expected =
        Keccak256.hash(Abi.encode(Abi.addresses(CommitteeKeys.addresses(d.members)), uint(3)));

    assertThat(Abi.word(out, 0)).isEqualTo(new BigInteger(1, expected));
    assertThat(Abi.word(out, 1)).isEqualTo(BigInteger.valueOf(3));
    assertThat(Abi.word(out, 2)).isEqualTo(BigInteger.valueOf(5));
  }

  @Test
  void rejectsSignaturesOverAnotherHeader() {
    Scenario.Batch b = batchWithTwoDeposits();
    BatchHeader h = b.header();
    BatchHeader other =
        new BatchHeader(
            h.number(), h.oldRoot(), StateRoot.of(Fr.of(42)), h.commitment(), h.l1OpsCommitment());

    // Each signature recovers to some unrelated address, which is not a member.
    assertCertificateReverts(h, d.certificate(3, other), "NotAMember(uint256,address)");
  }

  @Test
  void acceptsThePreviousEpochWithinItsGracePeriodAndRejectsItAfterwards() {
    List<CommitteeKeys.Member> next = CommitteeKeys.members("next committee", 4);
    rotate(next, 3, 5);
    Scenario.Batch first = batchWithTwoDeposits();
    // Within the grace period, the old committee's certificate still counts.
    d.submit(
        first.header(),
        first.proof(),
        d.certificate(0, d.members.subList(0, 3), first.header()),
        2,
        NO_WITHDRAWALS);

    l1.mine(6);
    s.depositEth(l1.account(2), 7, Scenario.user("alice"), 1);
    Scenario.Batch second = s.nextBatch();
    d.assertSubmitReverts(
        second.header(),
        second.proof(),
        d.certificate(0, d.members.subList(0, 3), second.header()),
        3,
        NO_WITHDRAWALS,
        "UnknownOrExpiredEpoch(uint64,uint64)");
    d.assertSubmitReverts(
        second.header(),
        second.proof(),
        d.certificate(1, d.members.subList(0, 3), second.header()),
        3,
        NO_WITHDRAWALS,
        "NotAMember(uint256,address)");
    d.submit(
        second.header(),
        second.proof(),
        d.certificate(1, next.subList(1, 4), second.header()),
        3,
        NO_WITHDRAWALS);
    assertThat(d.nextBatchNumber()).isEqualTo(2);
  }

  @Test
  void rejectsAnEpochThatDoesNotExistYet() {
    BatchHeader h = batchWithTwoDeposits().header();
    assertCertificateReverts(
        h, d.certificate(1, d.members.subList(0, 3), h), "UnknownOrExpiredEpoch(uint64,uint64)");
  }

  @Test
  void rejectsAnL1OpsCommitmentThatDoesNotMatchTheDepositsConsumed() {
    Scenario.Batch b = batchWithTwoDeposits();
    // The header consumed two deposits; claiming one or none cannot match.
    for (long count : new long[] {0, 1}) {
      d.assertSubmitReverts(
          b.header(),
          b.proof(),
          d.certificate(3, b.header()),
          count,
          NO_WITHDRAWALS,
          "L1OpsMismatch(bytes32,bytes32)");
    }
    d.assertSubmitReverts(
        b.header(),
        b.proof(),
        d.certificate(3, b.header()),
        3,
        NO_WITHDRAWALS,
        "DepositCountOutOfRange(uint64,uint64,uint64)");
  }

  @Test
  void rejectsWithdrawalsTheBatchDidNotEmit() {
    Scenario.Batch b = batchWithTwoDeposits();
    List<List<BigInteger>> invented =
        List.of(Deployment.withdrawalWords(l1.account(4), 0, BigInteger.TEN));

    d.assertSubmitReverts(
        b.header(),
        b.proof(),
        d.certificate(3, b.header()),
        2,
        invented,
        "L1OpsMismatch(bytes32,bytes32)");
  }

  @Test
  void letsOnlyTheOwnerRotateTheCommitteeOrProposeAVerifier() {
    byte[] rotate =
        Abi.call(
            "rotate(address[],uint16,uint64)",
            Abi.addresses(CommitteeKeys.addresses(d.members)),
            uint(3),
            uint(5));
    l1.assertReverts(l1.account(5), d.committee, rotate, "NotOwner()");
    l1.assertReverts(
        l1.account(5),
        d.validium,
        Abi.call("proposeProofVerifier(address)", address(l1.account(5))),
        "NotOwner()");
  }

  @Test
  void refusesACommitteeThatIsNotStrictlyIncreasingOrHasAnImpossibleThreshold() {
    List<String> members = new ArrayList<>(CommitteeKeys.addresses(d.members));
    List<String> reversed = new ArrayList<>(members);
    java.util.Collections.reverse(reversed);
    String error = "BadKeyset(string)";
    l1.assertReverts(
        d.owner,
        d.committee,
        Abi.call("rotate(address[],uint16,uint64)", Abi.addresses(reversed), uint(3), uint(5)),
        error);
    l1.assertReverts(
        d.owner,
        d.committee,
        Abi.call("rotate(address[],uint16,uint64)", Abi.addresses(members), uint(6), uint(5)),
        error);
    l1.assertReverts(
        d.owner,
        d.committee,
        Abi.call("rotate(address[],uint16,uint64)", Abi.addresses(members), uint(0), uint(5)),
        error);
  }

  @Test
  void replacesTheProofVerifierOnlyAfterTheDelay() {
    String replacement = l1.deploy(verifier, new byte[0]);
    assertReplacedAfterTheDelay("ProofVerifier", "proofVerifier()", replacement);
  }

  @Test
  void replacesTheDaVerifierOnlyAfterTheDelay() {
    String replacement =
        l1.deploy(
            contracts.contract("CommitteeVerifier").bytecode(),
            Abi.encode(
                address(d.owner), Abi.addresses(CommitteeKeys.addresses(d.members)), uint(5)));
    assertReplacedAfterTheDelay("DaVerifier", "daVerifier()", replacement);
    // The new verifier's threshold (5 of 5) now applies.
    assertSubmitReverts(batchWithTwoDeposits().header(), 3, "TooFewSignatures(uint256,uint256)");
  }

  private void assertReplacedAfterTheDelay(String which, String getter, String replacement) {
    l1.send(d.owner, d.validium, Abi.call("propose" + which + "(address)", address(replacement)));
    byte[] activate = Abi.call("activate" + which + "()");
    l1.assertReverts(l1.account(5), d.validium, activate, "TooEarly(uint64)");

    l1.mine(d.upgradeDelayBlocks);
    l1.send(l1.account(5), d.validium, activate);

    assertThat(d.read(getter)).isEqualTo(Abi.addressValue(replacement));
    l1.assertReverts(l1.account(5), d.validium, activate, "NothingPending()");
  }

  private void rotate(List<CommitteeKeys.Member> members, int threshold, long grace) {
    l1.send(
        d.owner,
        d.committee,
        Abi.call(
            "rotate(address[],uint16,uint64)",
            Abi.addresses(CommitteeKeys.addresses(members)),
            uint(threshold),
            uint(grace)));
  }

  /** A header proved correctly, with a certificate of {@code signers} of epoch 0. */
  private void assertSubmitReverts(BatchHeader h, int signers, String error) {
    d.assertSubmitReverts(h, prover.prove(h), d.certificate(signers, h), 2, NO_WITHDRAWALS, error);
  }

  private void assertCertificateReverts(BatchHeader h, byte[] certificate, String error) {
    d.assertSubmitReverts(h, prover.prove(h), certificate, 2, NO_WITHDRAWALS, error);
  }
}
