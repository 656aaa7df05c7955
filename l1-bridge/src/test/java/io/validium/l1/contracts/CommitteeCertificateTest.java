package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.uint;
import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Keccak256;
import io.validium.core.field.Fr;
import io.validium.core.types.StateRoot;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committee certificate of a batch: thresholds, membership, signer order, signature form and
 * epochs.
 */
class CommitteeCertificateTest extends ContractsOnAnvil {

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
}
