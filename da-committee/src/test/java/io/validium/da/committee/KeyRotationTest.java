package io.validium.da.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.da.AttestationSigner.SignRefusal;
import io.validium.core.da.CertificateCollector.Admission;
import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;

/**
 * The rotation procedure of docs/dac-operations.md: a member restarts with a new key on the same
 * signing log, and L1 moves to a keyset of the next epoch that holds the new address.
 */
class KeyRotationTest {
  @TempDir Path dir;

  @Test
  void aNewKeyOnTheSameLogNeverSignsAConflictingHeaderAndSignsWhatComesNext() throws Exception {
    ECKeyPair oldKey = Headers.key(10);
    ECKeyPair newKey = Headers.key(11);
    Path file = dir.resolve("signing.log");
    try (FileSigningLog log = FileSigningLog.open(file)) {
      new EcdsaAttestationSigner(Headers.DOMAIN, oldKey, log).sign(Headers.header(5, 1));
    }
    try (FileSigningLog log = FileSigningLog.open(file)) {
      EcdsaAttestationSigner rotated = new EcdsaAttestationSigner(Headers.DOMAIN, newKey, log);
      AttestationDigest digest = new AttestationDigest(Headers.DOMAIN);

      assertThat(rotated.sign(Headers.header(5, 2)).refusal())
          .isEqualTo(SignRefusal.CONFLICTING_HEADER_ALREADY_SIGNED);
      Attestation again = rotated.sign(Headers.header(5, 1)).attestation();
      assertThat(EcdsaSignatures.recover(digest.digest(Headers.header(5, 1)), again.signature()))
          .contains(rotated.address());
      assertThat(rotated.attestation(BatchNumber.of(5)).orElseThrow().signature())
          .isEqualTo(again.signature());
      assertThat(rotated.sign(Headers.header(6, 1)).isSigned()).isTrue();
    }
  }

  @Test
  void collectionUsesTheKeysetOfTheEpochItStartedIn() throws Exception {
    ECKeyPair stays = Headers.key(20);
    ECKeyPair oldKey = Headers.key(21);
    ECKeyPair newKey = Headers.key(22);
    Address s = EcdsaSignatures.addressOf(stays.getPublicKey());
    Keyset[] current = {
      new Keyset(1, List.of(s, EcdsaSignatures.addressOf(oldKey.getPublicKey())), 2)
    };
    CommitteeCertificateCollector collector =
        new CommitteeCertificateCollector(Headers.DOMAIN, () -> current[0]);
    BatchHeader before = Headers.header(8, 0);
    collector.collect(before);
    current[0] = new Keyset(2, List.of(s, EcdsaSignatures.addressOf(newKey.getPublicKey())), 2);
    BatchHeader after = Headers.header(9, 0);
    collector.collect(after);

    assertThat(collector.offer(attest(newKey, before))).isEqualTo(Admission.NOT_A_MEMBER);
    assertThat(collector.offer(attest(oldKey, before))).isEqualTo(Admission.COUNTED);
    assertThat(collector.offer(attest(oldKey, after))).isEqualTo(Admission.NOT_A_MEMBER);
    assertThat(collector.offer(attest(newKey, after))).isEqualTo(Admission.COUNTED);
  }

  private static Attestation attest(ECKeyPair key, BatchHeader h) {
    return new Attestation(
        CommitteeScheme.NAME,
        h,
        EcdsaSignatures.addressOf(key.getPublicKey()).toBytes(),
        EcdsaSignatures.sign(new AttestationDigest(Headers.DOMAIN).digest(h), key));
  }
}
