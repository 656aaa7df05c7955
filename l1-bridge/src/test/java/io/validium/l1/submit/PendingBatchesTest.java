package io.validium.l1.submit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.field.Fr;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L1Withdrawal;
import io.validium.core.state.L2State;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.Domain;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.ChainId;
import io.validium.core.types.DepositIndex;
import io.validium.core.types.Nonce;
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
  static final ObjectMapper JSON = new ObjectMapper();

  static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
  static DevelopmentBatchProver prover;
  static List<ECKeyPair> keys;
  static final Address TO = Address.parse("0x00000000000000000000000000000000000000aa");
  static BatchData data;
  static BatchExecution run;
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
    // A deposit of 10, an L2 withdrawal of 3 and a forced withdrawal of up to 100, which pays 7.
    AccountId alice = AccountId.of(5);
    Amount three = Amount.of(3);
    Withdrawal w =
        new Withdrawal(
            DOMAIN,
            alice,
            TokenId.ETH,
            three,
            Nonce.of(0),
            TO,
            ChainFixture.user("alice")
                .sign(Withdrawal.message(DOMAIN, alice, TokenId.ETH, three, Nonce.of(0), TO)));
    ForcedWithdrawal f =
        new ForcedWithdrawal(DOMAIN, DepositIndex.of(1), alice, TokenId.ETH, Amount.of(100), TO);
    data = new BatchData(DOMAIN, BatchNumber.of(0), List.of(d, w, f));
    run = BatchExecutor.execute(new L2State(DOMAIN, 4), data);
    header = run.header();
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
    assertThat(s.depositCountAfter()).isEqualTo(2);
    assertThat(s.priorityEntries()).isEqualTo(2);
    assertThat(s.withdrawals())
        .containsExactly(
            new L1Withdrawal(TO, TokenId.ETH, Amount.of(3)),
            new L1Withdrawal(TO, TokenId.ETH, Amount.of(7)));
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

  @Test
  void refusesAProofRecordWhoseL1SideIsNotTheBatchs() throws Exception {
    PendingBatches p = pending();
    p.offerBatch("0", BatchCodec.encodeData(data), BatchCodec.encodeHeader(header));
    L1Withdrawal l2 = new L1Withdrawal(TO, TokenId.ETH, Amount.of(3));
    L1Withdrawal paid = new L1Withdrawal(TO, TokenId.ETH, Amount.of(7));

    assertRefused(p.offerProof(proof(2, List.of(l2))), Refusal.WITHDRAWALS_MISMATCH)
        .contains("lists 1 withdrawals, batch 0 emits 2");
    assertRefused(p.offerProof(proof(2, List.of(paid, l2))), Refusal.WITHDRAWALS_MISMATCH)
        .contains("withdrawal 0 of batch 0 pays 3, the record says 7");
    Address other = Address.parse("0x00000000000000000000000000000000000000bb");
    assertRefused(
            p.offerProof(
                proof(2, List.of(new L1Withdrawal(other, TokenId.ETH, Amount.of(3)), paid))),
            Refusal.WITHDRAWALS_MISMATCH)
        .contains("pays token 0 to " + TO + ", the record says token 0 to " + other);
    L1Withdrawal tooMuch = new L1Withdrawal(TO, TokenId.ETH, Amount.of(101));
    assertRefused(p.offerProof(proof(2, List.of(l2, tooMuch))), Refusal.WITHDRAWALS_MISMATCH)
        .contains("forced withdrawal of at most 100, the record pays 101");
    // Paying the forced withdrawal less than the state allows is what only the hash catches.
    L1Withdrawal less = new L1Withdrawal(TO, TokenId.ETH, Amount.of(6));
    assertRefused(p.offerProof(proof(2, List.of(l2, less))), Refusal.L1_OPS_MISMATCH)
        .contains("do not hash to batch 0's l1OpsCommitment");
    assertRefused(p.offerProof(proof(3, List.of(l2, paid))), Refusal.DEPOSIT_COUNT_MISMATCH)
        .contains("up to entry 1, so depositCountAfter is 2, not 3");
    assertRefused(p.offerProof(with("depositChainBefore", "\"5\"")), Refusal.L1_OPS_MISMATCH);
    assertThat(p.missing(0)).contains("proof");

    assertThat(p.offerProof(proof(2, List.of(l2, paid))).taken()).isTrue();
    assertThat(p.missing(0)).doesNotContain("proof");
  }

  @Test
  void refusesAProofRecordWhoseL1FieldsAreGarbageNamingTheField() throws Exception {
    PendingBatches p = pending();
    p.offerBatch("0", BatchCodec.encodeData(data), BatchCodec.encodeHeader(header));
    String ok = "{\"recipient\":\"" + TO + "\",\"tokenId\":\"0\",\"amount\":\"3\"}";
    String[][] cases = {
      {"withdrawals", "null", "withdrawals must be an array"},
      {"withdrawals", "{}", "withdrawals must be an array"},
      {"withdrawals", "[1]", "withdrawals[0] must be an object"},
      {
        "withdrawals",
        "[" + ok + ",{\"recipient\":\"" + TO + "\",\"tokenId\":\"0\"}]",
        "withdrawals[1].amount: amount is missing"
      },
      {
        "withdrawals",
        "[{\"recipient\":\"0x12\",\"tokenId\":\"0\",\"amount\":\"3\"}]",
        "withdrawals[0].recipient"
      },
      {
        "withdrawals",
        "[{\"recipient\":\"" + TO + "\",\"tokenId\":\"65536\",\"amount\":\"3\"}]",
        "withdrawals[0].tokenId"
      },
      {
        "withdrawals",
        "[{\"recipient\":\"" + TO + "\",\"tokenId\":\"0\",\"amount\":\"-3\"}]",
        "withdrawals[0].amount"
      },
      {
        "withdrawals",
        "[{\"recipient\":\""
            + TO
            + "\",\"tokenId\":\"0\",\"amount\":"
            + "\"79228162514264337593543950336\"}]",
        "withdrawals[0].amount"
      },
      {
        "withdrawals",
        "[{\"recipient\":\"" + TO + "\",\"tokenId\":0,\"amount\":\"3\"}]",
        "withdrawals[0].tokenId: tokenId must be a JSON string"
      },
      {
        "withdrawals",
        "[{\"recipient\":\"" + TO + "\",\"tokenId\":\"0\",\"amount\":\"3\"," + "\"x\":\"1\"}]",
        "withdrawals[0] has the unknown field x"
      },
      {"depositCountAfter", "2", "depositCountAfter must be a JSON string"},
      {"depositCountAfter", "\"02\"", "depositCountAfter"},
      {"depositCountAfter", "\"-1\"", "depositCountAfter"},
      {"depositChainBefore", "\"0x00\"", "depositChainBefore must be a decimal field element"},
      {"depositChainBefore", "\"" + Fr.MODULUS + "\"", "not below the field modulus"},
    };
    for (String[] c : cases) {
      assertRefused(p.offerProof(with(c[0], c[1])), Refusal.MALFORMED_PROOF)
          .as("%s = %s", c[0], c[1])
          .contains(c[2]);
    }
    ObjectNode missing = (ObjectNode) JSON.readTree(proof(header));
    missing.remove("withdrawals");
    assertRefused(p.offerProof(JSON.writeValueAsBytes(missing)), Refusal.MALFORMED_PROOF)
        .contains("withdrawals must be an array");
    assertThat(p.missing(0)).contains("proof");
  }

  @Test
  void ignoresAnEarlyProofRecordWhoseL1SideIsNotTheBatchsAndTakesALaterGoodOne() {
    PendingBatches p = pending();
    L1Withdrawal l2 = new L1Withdrawal(TO, TokenId.ETH, Amount.of(3));
    assertThat(p.offerProof(proof(2, List.of(l2))).heldUntilFinal()).as("early").hasValue(0);
    p.offerBatch("0", BatchCodec.encodeData(data), BatchCodec.encodeHeader(header));
    assertThat(p.missing(0)).contains("proof");
    assertThat(p.offerProof(proof(header)).taken()).isTrue();
    assertThat(p.missing(0)).doesNotContain("proof");
  }

  @Test
  void takesTheFirstEarlyProofRecordThatFitsTheBatchWhenABadOneCameFirst() {
    PendingBatches p = pending();
    L1Withdrawal l2 = new L1Withdrawal(TO, TokenId.ETH, Amount.of(3));
    assertThat(p.offerProof(proof(2, List.of(l2))).heldUntilFinal()).as("bad, early").hasValue(0);
    assertThat(p.offerProof(proof(header)).heldUntilFinal()).as("good, early").hasValue(0);
    p.offerBatch("0", BatchCodec.encodeData(data), BatchCodec.encodeHeader(header));
    p.offerAttestation(attestation(0));
    p.offerAttestation(attestation(1));

    assertThat(p.ready(0))
        .hasValueSatisfying(s -> assertThat(s.withdrawals()).hasSize(2).contains(l2));
  }

  static org.assertj.core.api.AbstractStringAssert<?> assertRefused(Offer o, Refusal r) {
    assertThat(o.taken()).isFalse();
    assertThat(o.refusal()).isEqualTo(r);
    assertThat(o.reason()).startsWith(r.name() + ": ");
    return assertThat(o.detail());
  }

  static byte[] proof(BatchHeader h) {
    return Records.proof(prover, h, run.depositChainBefore(), 2, run.l1Withdrawals());
  }

  static byte[] proof(long countAfter, List<L1Withdrawal> withdrawals) {
    return Records.proof(prover, header, run.depositChainBefore(), countAfter, withdrawals);
  }

  /** The record of the batch with {@code field} set to {@code value} (raw JSON). */
  static byte[] with(String field, String value) throws Exception {
    ObjectNode o = (ObjectNode) JSON.readTree(proof(header));
    o.set(field, JSON.readTree(value));
    return JSON.writeValueAsBytes(o);
  }

  static byte[] attestation(int member) {
    return Records.attestation(DOMAIN, header, keys.get(member));
  }
}
