package io.validium.l1.submit;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.ChainId;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.TokenId;
import io.validium.da.committee.CommitteeCertificateCollector;
import io.validium.da.committee.Keyset;
import io.validium.l1.contracts.DevelopmentBatchProver;
import io.validium.l1.testing.ChainFixture;
import io.validium.l1.testing.Records;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

class PendingBatchesTest {

  static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  static DevelopmentBatchProver prover;
  static List<ECKeyPair> keys;
  static BatchData data;
  static BatchHeader header;

  @BeforeAll
  static void batch() {
    prover = new DevelopmentBatchProver();
    keys =
        List.of(1, 2, 3).stream()
            .map(i -> ECKeyPair.create(BigInteger.valueOf(500 + i)))
            .sorted(Comparator.comparing(k -> new BigInteger(Keys.getAddress(k), 16)))
            .toList();
    Deposit d =
        new Deposit(
            DOMAIN,
            DepositIndex.of(0),
            AccountId.of(5),
            ChainFixture.user("alice").publicKey(),
            TokenId.ETH,
            Amount.of(10));
    data = new BatchData(DOMAIN, BatchNumber.of(0), List.of(d));
    header = BatchExecutor.execute(new L2State(DOMAIN, 4), data).header();
  }

  PendingBatches pending() {
    Keyset ks =
        new Keyset(0, keys.stream().map(k -> Address.parse("0x" + Keys.getAddress(k))).toList(), 2);
    return new PendingBatches(DOMAIN, new CommitteeCertificateCollector(DOMAIN, () -> ks), 16);
  }

  @Test
  void isReadyOnlyWithTheProofAndAThresholdOfSignaturesWhateverTheirOrder() throws Exception {
    PendingBatches p = pending();
    assertThat(p.offerAttestation(attestation(0)).taken()).isTrue();
    assertThat(p.offerProof(proof(header)).taken()).isTrue();
    assertThat(p.ready(0)).isEmpty();
    assertThat(
            p.offerBatch("0", BatchCodec.encodeData(data), BatchCodec.encodeHeader(header)).taken())
        .isTrue();
    assertThat(p.ready(0)).as("one signature of two").isEmpty();
    assertThat(p.missing(0)).isEqualTo("certificate");
    p.offerAttestation(attestation(2));
    var s = p.ready(0).orElseThrow();
    assertThat(s.header()).isEqualTo(header);
    assertThat(s.depositCountAfter()).hasValue(1);
    assertThat(s.withdrawals()).isEmpty();
    p.finalizedBelow(1);
    assertThat(p.ready(0)).isEmpty();
    assertThat(p.size()).isZero();
  }

  @Test
  void holdsEveryTakenRecordUntilItsBatchIsFinalAndIsDoneWithThoseOfFinalBatches() {
    PendingBatches p = pending();
    byte[] value = BatchCodec.encodeData(data);
    byte[] h = BatchCodec.encodeHeader(header);
    assertThat(p.offerAttestation(attestation(0)).heldUntilFinal()).as("early").hasValue(0);
    assertThat(p.offerProof(proof(header)).heldUntilFinal()).as("early").hasValue(0);
    assertThat(p.offerBatch("0", value, h).heldUntilFinal()).hasValue(0);
    assertThat(p.offerBatch("0", value, h).heldUntilFinal()).as("a copy").hasValue(0);
    assertThat(p.offerAttestation(attestation(1)).heldUntilFinal()).hasValue(0);
    assertThat(p.offerProof(proof(header)).heldUntilFinal()).as("a second proof").hasValue(0);
    p.finalizedBelow(1);
    assertThat(p.offerBatch("0", value, h)).isEqualTo(Offer.DONE);
    assertThat(p.offerProof(proof(header))).isEqualTo(Offer.DONE);
    assertThat(p.offerAttestation(attestation(2))).isEqualTo(Offer.DONE);
    assertRefused(p.offerProof("{}".getBytes(StandardCharsets.UTF_8)), Refusal.MALFORMED_PROOF);
  }

  @Test
  void refusesBatchRecordsThatAreNotWhatTheyClaim() {
    PendingBatches p = pending();
    byte[] value = BatchCodec.encodeData(data);
    byte[] h = BatchCodec.encodeHeader(header);
    assertRefused(p.offerBatch("x", value, h), Refusal.BAD_KEY);
    assertRefused(p.offerBatch("0", value, null), Refusal.MALFORMED_HEADER);
    assertRefused(p.offerBatch("0", value, new byte[] {1, 2}), Refusal.MALFORMED_HEADER);
    assertRefused(
        p.offerBatch("0", "junk".getBytes(StandardCharsets.UTF_8), h), Refusal.MALFORMED_DATA);
    assertRefused(p.offerBatch("1", value, h), Refusal.NUMBER_MISMATCH);
    BatchHeader lying =
        new BatchHeader(
            header.number(),
            header.oldRoot(),
            header.newRoot(),
            new io.validium.core.types.BatchCommitment(Fr.of(9)),
            header.l1OpsCommitment());
    assertRefused(
        p.offerBatch("0", value, BatchCodec.encodeHeader(lying)), Refusal.COMMITMENT_MISMATCH);
    Domain other = new Domain(ChainId.of(1), DOMAIN.validium());
    BatchData foreign = new BatchData(other, BatchNumber.of(0), List.of());
    assertRefused(p.offerBatch("0", BatchCodec.encodeData(foreign), h), Refusal.WRONG_DOMAIN);
    assertThat(p.size()).isZero();
  }

  @Test
  void refusesGarbageProofsAndAttestationsAndAProofOfAnotherHeader() throws Exception {
    PendingBatches p = pending();
    p.offerBatch("0", BatchCodec.encodeData(data), BatchCodec.encodeHeader(header));
    assertRefused(p.offerProof("nope".getBytes(StandardCharsets.UTF_8)), Refusal.MALFORMED_PROOF);
    assertRefused(
        p.offerProof("{\"batchNumber\":0}".getBytes(StandardCharsets.UTF_8)),
        Refusal.MALFORMED_PROOF);
    assertRefused(p.offerProof(new byte[PendingBatches.MAX_PROOF_BYTES + 1]), Refusal.TOO_LARGE);
    BatchHeader other =
        new BatchHeader(
            header.number(),
            header.oldRoot(),
            new io.validium.core.types.StateRoot(Fr.of(5)),
            header.commitment(),
            header.l1OpsCommitment());
    assertRefused(p.offerProof(proof(other)), Refusal.SIGNALS_MISMATCH);
    assertRefused(
        p.offerAttestation("{}".getBytes(StandardCharsets.UTF_8)), Refusal.MALFORMED_ATTESTATION);
    p.offerAttestation(attestation(0));
    p.offerAttestation(attestation(1));
    assertThat(p.missing(0)).isEqualTo("proof");
  }

  static void assertRefused(Offer o, Refusal r) {
    assertThat(o.taken()).isFalse();
    assertThat(o.refusal()).isEqualTo(r);
    assertThat(o.reason()).startsWith(r.name() + ": ");
  }

  static byte[] proof(BatchHeader h) {
    return Records.proof(prover, h);
  }

  static byte[] attestation(int member) {
    return Records.attestation(DOMAIN, header, keys.get(member));
  }
}
