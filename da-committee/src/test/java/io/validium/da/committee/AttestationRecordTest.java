package io.validium.da.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.da.CertificateCollector.Admission;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;

/**
 * The attestation topic's record: what a member writes, a collector reads back, garbage refused.
 */
class AttestationRecordTest {
  private final ECKeyPair key = Headers.key(3);
  private final BatchHeader header = Headers.header(42, 1);
  private final Attestation attestation =
      new Attestation(
          CommitteeScheme.NAME,
          header,
          EcdsaSignatures.addressOf(key.getPublicKey()).toBytes(),
          EcdsaSignatures.sign(new AttestationDigest(Headers.DOMAIN).digest(header), key));

  private static AttestationRecord.Parsed parse(String s) {
    return AttestationRecord.parse(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFormattedRecordParsesBackAndCountsInACollector() {
    AttestationRecord.Parsed p = parse(AttestationRecord.format(attestation));

    assertThat(p.isOk()).isTrue();
    assertThat(p.attestation()).isEqualTo(attestation);
    Keyset ks = new Keyset(0, java.util.List.of(EcdsaSignatures.addressOf(key.getPublicKey())), 1);
    CommitteeCertificateCollector c = new CommitteeCertificateCollector(Headers.DOMAIN, () -> ks);
    c.collect(header);
    assertThat(c.offer(p.attestation())).isEqualTo(Admission.COUNTED);
  }

  @Test
  void refusesGarbageWithAPreciseReason() {
    String good = AttestationRecord.format(attestation);
    assertThat(parse("{\"batchNumber\": 1, [").refusal())
        .isEqualTo(AttestationRecord.Refusal.MALFORMED_JSON);
    assertThat(parse("[]").refusal()).isEqualTo(AttestationRecord.Refusal.BAD_FIELD);
    assertThat(parse("null").refusal()).isEqualTo(AttestationRecord.Refusal.BAD_FIELD);
    assertThat(parse(good.replace("\"batchNumber\":42", "\"batchNumber\":43")).refusal())
        .isEqualTo(AttestationRecord.Refusal.NUMBER_MISMATCH);
    assertThat(parse(good.replace("\"batchNumber\":42", "\"batchNumber\":\"42\"")).refusal())
        .isEqualTo(AttestationRecord.Refusal.BAD_FIELD);
    assertThat(parse(good.replace("\"signature\":\"0x", "\"signature\":\"0xzz")).refusal())
        .isEqualTo(AttestationRecord.Refusal.BAD_FIELD);
    assertThat(parse(good.replace("\"member\":\"0x", "\"member\":\"0x1")).refusal())
        .isEqualTo(AttestationRecord.Refusal.BAD_FIELD);
    assertThat(parse(good.replace("}", ",\"extra\":1}")).refusal())
        .isEqualTo(AttestationRecord.Refusal.BAD_FIELD);
    assertThat(AttestationRecord.parse(new byte[AttestationRecord.MAX_BYTES + 1]).refusal())
        .isEqualTo(AttestationRecord.Refusal.TOO_LARGE);
  }
}
