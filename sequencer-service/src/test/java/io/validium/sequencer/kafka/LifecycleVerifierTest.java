package io.validium.sequencer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.validium.core.batch.BatchHeader;
import io.validium.core.da.Attestation;
import io.validium.core.field.Fr;
import io.validium.core.types.Address;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import io.validium.da.committee.AttestationDigest;
import io.validium.da.committee.AttestationRecord;
import io.validium.da.committee.CommitteeScheme;
import io.validium.da.committee.EcdsaSignatures;
import io.validium.sequencer.kafka.LifecycleVerifier.Refusal;
import io.validium.sequencer.testing.TestChain;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

class LifecycleVerifierTest {
  private static final ECKeyPair MEMBER = ECKeyPair.create(BigInteger.valueOf(1001));
  private static final ECKeyPair OUTSIDER = ECKeyPair.create(BigInteger.valueOf(2002));
  private static final BatchHeader HEADER =
      new BatchHeader(
          BatchNumber.of(3),
          StateRoot.of(Fr.of(11)),
          StateRoot.of(Fr.of(12)),
          BatchCommitment.of(Fr.of(13)),
          L1OpsCommitment.of(Fr.of(14)));
  private static final Function<BatchNumber, Optional<BatchHeader>> HEADERS =
      n -> Optional.ofNullable(Map.of(HEADER.number(), HEADER).get(n));
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LifecycleVerifier verifier =
      new LifecycleVerifier(TestChain.DOMAIN, Optional.of(Set.of(address(MEMBER))));

  private static Address address(ECKeyPair k) {
    return Address.parse("0x" + Keys.getAddress(k.getPublicKey()));
  }

  private static byte[] record(BatchHeader header, Address member, ECKeyPair signer) {
    byte[] sig =
        EcdsaSignatures.sign(new AttestationDigest(TestChain.DOMAIN).digest(header), signer);
    return AttestationRecord.format(
            new Attestation(CommitteeScheme.NAME, header, member.toBytes(), sig))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void countsAMembersAttestationOfTheSequencersHeader() {
    var v = verifier.attestation(record(HEADER, address(MEMBER), MEMBER), HEADERS);
    assertThat(v.counts()).isTrue();
    assertThat(v.batch()).isEqualTo(HEADER.number());
    assertThat(Address.parse(v.member())).isEqualTo(address(MEMBER));
  }

  @Test
  void refusesASignatureByAnotherKeyThanTheNamedMember() {
    var v = verifier.attestation(record(HEADER, address(MEMBER), OUTSIDER), HEADERS);
    assertThat(v.refusal()).isEqualTo(Refusal.BAD_SIGNATURE);
  }

  @Test
  void refusesAValidSignatureOfSomeoneOutsideTheCommittee() {
    var v = verifier.attestation(record(HEADER, address(OUTSIDER), OUTSIDER), HEADERS);
    assertThat(v.refusal()).isEqualTo(Refusal.NOT_A_MEMBER);
  }

  @Test
  void refusesAnAttestationOfAnotherHeaderForTheSameBatch() {
    BatchHeader other =
        new BatchHeader(
            HEADER.number(),
            HEADER.oldRoot(),
            StateRoot.of(Fr.of(99)),
            HEADER.commitment(),
            HEADER.l1OpsCommitment());
    var v = verifier.attestation(record(other, address(MEMBER), MEMBER), HEADERS);
    assertThat(v.refusal()).isEqualTo(Refusal.HEADER_MISMATCH);
  }

  @Test
  void refusesAnAttestationOfABatchNotClosedHere() {
    var v = verifier.attestation(record(HEADER, address(MEMBER), MEMBER), n -> Optional.empty());
    assertThat(v.refusal()).isEqualTo(Refusal.UNKNOWN_BATCH);
  }

  @Test
  void refusesGarbageAttestationsWithoutThrowing() {
    for (String garbage :
        new String[] {
          "",
          "not json",
          "[]",
          "{\"batchNumber\":3,\"member\":\"0x11\",\"signature\":\"0x\"}",
          "{\"batchNumber\":3,\"member\":\"0x"
              + "11".repeat(20)
              + "\",\"signature\":\"0x"
              + "00".repeat(65)
              + "\",\"header\":\"0x00\"}"
        }) {
      var v = verifier.attestation(garbage.getBytes(StandardCharsets.UTF_8), HEADERS);
      assertThat(v.refusal()).as(garbage).isEqualTo(Refusal.MALFORMED);
    }
    assertThat(verifier.attestation(new byte[5000], HEADERS).refusal())
        .isEqualTo(Refusal.MALFORMED);
  }

  @Test
  void countsAProofWhosePublicSignalsAreTheHeaders() throws Exception {
    var v =
        verifier.proof(
            JSON.readTree(
                "{\"batchNumber\":3,\"proof\":{},\"publicSignals\":[\"11\",\"12\",\"13\",\"14\"]}"),
            HEADERS);
    assertThat(v.counts()).isTrue();
    assertThat(v.batch()).isEqualTo(HEADER.number());
  }

  @Test
  void refusesAProofOfOtherPublicSignals() throws Exception {
    var v =
        verifier.proof(
            JSON.readTree(
                "{\"batchNumber\":3,\"proof\":{},\"publicSignals\":[\"11\",\"12\",\"13\",\"15\"]}"),
            HEADERS);
    assertThat(v.refusal()).isEqualTo(Refusal.SIGNALS_MISMATCH);
  }

  @Test
  void refusesMalformedProofRecords() throws Exception {
    for (String garbage :
        new String[] {
          "{}",
          "{\"batchNumber\":3,\"proof\":{},\"publicSignals\":[]}",
          "{\"batchNumber\":3,\"proof\":1,\"publicSignals\":[\"11\",\"12\",\"13\",\"14\"]}",
          "{\"batchNumber\":-1,\"proof\":{},\"publicSignals\":[\"11\",\"12\",\"13\",\"14\"]}",
          "{\"batchNumber\":3,\"proof\":{},\"publicSignals\":[\"11\",\"12\",\"13\",\"0x0e\"]}",
          "{\"batchNumber\":3,\"proof\":{},\"publicSignals\":[11,12,13,14]}"
        }) {
      assertThat(verifier.proof(JSON.readTree(garbage), HEADERS).refusal())
          .as(garbage)
          .isEqualTo(Refusal.MALFORMED);
    }
    assertThat(
            verifier
                .proof(
                    JSON.readTree(
                        "{\"batchNumber\":4,\"proof\":{},\"publicSignals\":[\"1\",\"2\",\"3\",\"4\"]}"),
                    HEADERS)
                .refusal())
        .isEqualTo(Refusal.UNKNOWN_BATCH);
  }
}
