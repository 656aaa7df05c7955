package io.validium.l1.contracts;

import static io.validium.l1.contracts.Abi.uint;
import static io.validium.l1.contracts.Abi.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Keccak256;
import io.validium.core.field.Fr;
import io.validium.core.types.StateRoot;
import io.validium.zk.groth16.Proof;
import io.validium.zk.solidity.SolidityCalldata;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * submitBatch: the happy path with real proofs, and every refusal of the header, proof and L1
 * operations.
 */
class ValidiumBatchTest extends ContractsOnAnvil {

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
}
