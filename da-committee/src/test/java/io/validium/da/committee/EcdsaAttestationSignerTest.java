package io.validium.da.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.batch.BatchHeader;
import io.validium.core.da.AttestationSigner.SignRefusal;
import io.validium.core.da.AttestationSigner.SignResult;
import io.validium.core.types.Address;
import io.validium.core.types.BatchNumber;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slashing protection: a persisted log that survives restarts and refuses equivocation. */
class EcdsaAttestationSignerTest {
  @TempDir Path dir;

  @Test
  void signsAHeaderWithTheMembersKeyOverTheEip712Digest() throws Exception {
    try (FileSigningLog log = FileSigningLog.open(dir.resolve("signing.log"))) {
      EcdsaAttestationSigner signer =
          new EcdsaAttestationSigner(Headers.DOMAIN, Headers.key(1), log);
      BatchHeader h = Headers.header(0, 1);

      SignResult r = signer.sign(h);

      assertThat(r.isSigned()).isTrue();
      assertThat(r.attestation().scheme()).isEqualTo(CommitteeScheme.NAME);
      byte[] digest = new AttestationDigest(Headers.DOMAIN).digest(h);
      assertThat(EcdsaSignatures.recover(digest, r.attestation().signature()))
          .contains(Address.wrap(r.attestation().signer()));
      assertThat(log.find(h.number())).isPresent();
    }
  }

  @Test
  void refusesASecondHeaderForTheSameBatchNumberAfterARestart() throws Exception {
    Path file = dir.resolve("signing.log");
    byte[] first;
    try (FileSigningLog log = FileSigningLog.open(file)) {
      first =
          new EcdsaAttestationSigner(Headers.DOMAIN, Headers.key(1), log)
              .sign(Headers.header(7, 1))
              .attestation()
              .signature();
    }
    try (FileSigningLog reopened = FileSigningLog.open(file)) {
      EcdsaAttestationSigner signer =
          new EcdsaAttestationSigner(Headers.DOMAIN, Headers.key(1), reopened);

      SignResult conflicting = signer.sign(Headers.header(7, 2));
      SignResult again = signer.sign(Headers.header(7, 1));

      assertThat(conflicting.isSigned()).isFalse();
      assertThat(conflicting.refusal()).isEqualTo(SignRefusal.CONFLICTING_HEADER_ALREADY_SIGNED);
      assertThat(again.isSigned()).isTrue();
      assertThat(again.attestation().signature()).isEqualTo(first);
      assertThat(reopened.latest()).contains(BatchNumber.of(7));
    }
  }

  @Test
  void signsEachBatchNumberOnceAndKeepsOthersIndependent() throws Exception {
    try (FileSigningLog log = FileSigningLog.open(dir.resolve("signing.log"))) {
      EcdsaAttestationSigner signer =
          new EcdsaAttestationSigner(Headers.DOMAIN, Headers.key(2), log);
      assertThat(signer.sign(Headers.header(1, 1)).isSigned()).isTrue();
      assertThat(signer.sign(Headers.header(2, 5)).isSigned()).isTrue();
      assertThat(signer.sign(Headers.header(1, 5)).isSigned()).isFalse();
      assertThat(log.latest()).contains(BatchNumber.of(2));
    }
  }

  @Test
  void dropsATornLastLineWhoseSignatureWasNeverReleased() throws Exception {
    Path file = dir.resolve("signing.log");
    try (FileSigningLog log = FileSigningLog.open(file)) {
      new EcdsaAttestationSigner(Headers.DOMAIN, Headers.key(1), log).sign(Headers.header(3, 1));
    }
    Files.writeString(file, "4 01000000", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);

    try (FileSigningLog reopened = FileSigningLog.open(file)) {
      EcdsaAttestationSigner signer =
          new EcdsaAttestationSigner(Headers.DOMAIN, Headers.key(1), reopened);
      assertThat(reopened.latest()).contains(BatchNumber.of(3));
      assertThat(signer.sign(Headers.header(4, 9)).isSigned()).isTrue();
    }
    try (FileSigningLog third = FileSigningLog.open(file)) {
      assertThat(third.find(BatchNumber.of(4)).orElseThrow().header())
          .isEqualTo(Headers.header(4, 9));
    }
  }

  @Test
  void refusesToOpenALogWithACorruptCompleteLine() throws Exception {
    Path file = dir.resolve("signing.log");
    Files.writeString(file, "5 nonsense here\n", StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> FileSigningLog.open(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("corrupt signing log");
  }
}
