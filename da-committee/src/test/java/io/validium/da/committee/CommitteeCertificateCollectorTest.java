package io.validium.da.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.da.CertificateCollector.Admission;
import io.validium.core.da.DaCertificate;
import io.validium.core.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/** Admissions of offered attestations and the certificate formed at the threshold (3 of 4). */
class CommitteeCertificateCollectorTest {
  private final List<ECKeyPair> members =
      List.of(Headers.key(0), Headers.key(1), Headers.key(2), Headers.key(3));
  private final AttestationDigest digest = new AttestationDigest(Headers.DOMAIN);
  private Keyset keyset;
  private CommitteeCertificateCollector collector;
  private final BatchHeader header = Headers.header(12, 0);

  @BeforeEach
  void committee() {
    List<Address> addresses = new ArrayList<>();
    members.forEach(k -> addresses.add(EcdsaSignatures.addressOf(k.getPublicKey())));
    keyset = new Keyset(3, addresses, 3);
    collector = new CommitteeCertificateCollector(Headers.DOMAIN, () -> keyset);
  }

  private Attestation attestation(ECKeyPair key, BatchHeader h) {
    return new Attestation(
        CommitteeScheme.NAME,
        h,
        EcdsaSignatures.addressOf(key.getPublicKey()).toBytes(),
        EcdsaSignatures.sign(digest.digest(h), key));
  }

  @Test
  void completesWithACertificateSortedBySignerOnceTheThresholdIsReached() {
    CompletableFuture<DaCertificate> result = collector.collect(header).toCompletableFuture();

    assertThat(collector.offer(attestation(members.get(3), header))).isEqualTo(Admission.COUNTED);
    assertThat(collector.offer(attestation(members.get(0), header))).isEqualTo(Admission.COUNTED);
    assertThat(result).isNotDone();
    assertThat(collector.offer(attestation(members.get(2), header))).isEqualTo(Admission.COUNTED);

    assertThat(result).isDone();
    byte[] encoded = result.join().encoded();
    CommitteeCertificate cert = CommitteeCertificate.decode(encoded).orElseThrow();
    assertThat(cert.epoch()).isEqualTo(3);
    List<Address> signers =
        cert.signatures().stream()
            .map(s -> EcdsaSignatures.recover(digest.digest(header), s).orElseThrow())
            .toList();
    assertThat(signers).isSortedAccordingTo(Keyset::compare).hasSize(3).doesNotHaveDuplicates();
    assertThat(CertificateCheck.check(digest.digest(header), encoded, keyset))
        .isEqualTo(CertificateCheck.Verdict.VALID);
  }

  @Test
  void aLateAttestationAfterTheCertificateIsNotCounted() {
    collector.collect(header);
    for (int i = 0; i < 3; i++) {
      collector.offer(attestation(members.get(i), header));
    }
    assertThat(collector.offer(attestation(members.get(3), header)))
        .isEqualTo(Admission.ALREADY_CERTIFIED);
  }

  @Test
  void theSameMemberCountsOnce() {
    collector.collect(header);
    collector.offer(attestation(members.get(1), header));
    assertThat(collector.offer(attestation(members.get(1), header))).isEqualTo(Admission.DUPLICATE);
  }

  @Test
  void aValidSignatureFromOutsideTheKeysetIsNotAMember() {
    collector.collect(header);
    assertThat(collector.offer(attestation(Headers.key(99), header)))
        .isEqualTo(Admission.NOT_A_MEMBER);
  }

  @Test
  void aSignatureThatDoesNotRecoverTheClaimedSignerIsInvalid() {
    collector.collect(header);
    Attestation honest = attestation(members.get(0), header);
    byte[] flipped = honest.signature();
    flipped[10] ^= 1;
    Attestation claimsOther =
        new Attestation(
            CommitteeScheme.NAME,
            header,
            EcdsaSignatures.addressOf(members.get(1).getPublicKey()).toBytes(),
            honest.signature());

    assertThat(
            collector.offer(
                new Attestation(CommitteeScheme.NAME, header, honest.signer(), flipped)))
        .isEqualTo(Admission.INVALID_SIGNATURE);
    assertThat(collector.offer(claimsOther)).isEqualTo(Admission.INVALID_SIGNATURE);
    assertThat(
            collector.offer(
                new Attestation(CommitteeScheme.NAME, header, honest.signer(), new byte[12])))
        .isEqualTo(Admission.INVALID_SIGNATURE);
    assertThat(
            collector.offer(
                new Attestation("committee-bls", header, honest.signer(), honest.signature())))
        .isEqualTo(Admission.INVALID_SIGNATURE);
  }

  @Test
  void theMalleableHighSTwinOfAValidSignatureIsInvalid() {
    collector.collect(header);
    byte[] sig = attestation(members.get(0), header).signature();
    BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(sig, 32, 64));
    byte[] highS = Sign.CURVE_PARAMS.getN().subtract(s).toByteArray();
    byte[] twin = sig.clone();
    System.arraycopy(highS, highS.length - 32, twin, 32, 32);
    twin[64] = (byte) (sig[64] == 27 ? 28 : 27);

    assertThat(
            collector.offer(
                new Attestation(
                    CommitteeScheme.NAME,
                    header,
                    EcdsaSignatures.addressOf(members.get(0).getPublicKey()).toBytes(),
                    twin)))
        .isEqualTo(Admission.INVALID_SIGNATURE);
  }

  @Test
  void anAttestationForABatchNotBeingCollectedOrForAnotherHeaderIsUnknown() {
    collector.collect(header);
    assertThat(collector.offer(attestation(members.get(0), Headers.header(13, 0))))
        .isEqualTo(Admission.UNKNOWN_BATCH);
    assertThat(collector.offer(attestation(members.get(0), Headers.header(12, 1))))
        .isEqualTo(Admission.UNKNOWN_BATCH);
  }

  @Test
  void collectingTheSameHeaderTwiceJoinsTheSameRound() {
    CompletableFuture<DaCertificate> a = collector.collect(header).toCompletableFuture();
    CompletableFuture<DaCertificate> b = collector.collect(header).toCompletableFuture();
    for (int i = 0; i < 3; i++) {
      collector.offer(attestation(members.get(i), header));
    }
    assertThat(a.join()).isEqualTo(b.join());
  }

  @Test
  void theCertificateNamesTheEpochCurrentWhenCollectionStarted() {
    CompletableFuture<DaCertificate> result = collector.collect(header).toCompletableFuture();
    Keyset before = keyset;
    keyset = new Keyset(4, List.of(EcdsaSignatures.addressOf(Headers.key(50).getPublicKey())), 1);
    for (int i = 0; i < 3; i++) {
      collector.offer(attestation(members.get(i), header));
    }
    byte[] encoded = result.join().encoded();
    assertThat(CommitteeCertificate.decode(encoded).orElseThrow().epoch()).isEqualTo(3);
    assertThat(CertificateCheck.check(digest.digest(header), encoded, before))
        .isEqualTo(CertificateCheck.Verdict.VALID);
  }
}
