package io.validium.dac.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.da.AttestationGate;
import io.validium.core.da.AttestationGate.Outcome;
import io.validium.core.da.BatchStore;
import io.validium.core.field.Fr;
import io.validium.core.state.L2State;
import io.validium.core.tx.Transaction;
import io.validium.core.types.Address;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import io.validium.da.committee.EcdsaAttestationSigner;
import io.validium.da.committee.FileSigningLog;
import io.validium.dac.testing.Chain;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;

/**
 * The member's gate (re-execution without the access witness) against core's {@code
 * AttestationGate} (with it), each on its own replica and signing log: every honest and every
 * dishonest offer gets the same answer, the same detail and the same signature, and leaves the same
 * root.
 */
class MemberGateTest {
  private static final ECKeyPair KEY = ECKeyPair.create(BigInteger.valueOf(0x6a7e));
  private static final Address RECIPIENT =
      Address.parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

  @TempDir Path dir;

  @Test
  void answersEveryOfferExactlyAsCoresAttestationGate() throws Exception {
    Chain chain = new Chain(29);
    L2State coreReplica = new L2State(Chain.DOMAIN, 4);
    L2State memberReplica = new L2State(Chain.DOMAIN, 4);
    List<BatchData> coreStored = new ArrayList<>();
    List<BatchData> memberStored = new ArrayList<>();
    try (FileSigningLog coreLog = FileSigningLog.open(dir.resolve("core.log"));
        FileSigningLog memberLog = FileSigningLog.open(dir.resolve("member.log"))) {
      AttestationGate core =
          new AttestationGate(
              coreReplica,
              listStore(coreStored),
              new EcdsaAttestationSigner(Chain.DOMAIN, KEY, coreLog));
      MemberGate member =
          new MemberGate(
              memberReplica,
              listStore(memberStored),
              new EcdsaAttestationSigner(Chain.DOMAIN, KEY, memberLog));
      List<String> answers = new ArrayList<>();
      Function<Chain.Offer, Outcome> both =
          o -> {
            Outcome expected = core.admit(o.header(), o.data());
            Outcome actual = member.admit(o.header(), o.data());
            assertThat(actual.refusal()).isEqualTo(expected.refusal());
            assertThat(actual.detail()).isEqualTo(expected.detail());
            if (expected.isAttested()) {
              assertThat(actual.attestation().signature())
                  .isEqualTo(expected.attestation().signature());
            }
            assertThat(memberReplica.root()).isEqualTo(coreReplica.root());
            assertThat(memberReplica.depositChain()).isEqualTo(coreReplica.depositChain());
            answers.add(expected.isAttested() ? "ATTESTED" : expected.refusal().name());
            return actual;
          };

      Chain.Offer deposits = chain.next(chain.deposits(1_000, 0, 1, 2, 3));
      both.apply(deposits);
      chain.accept(deposits);

      Chain.Offer honest =
          chain.next(
              chain.transfer(0, 1, 10),
              chain.transfer(1, 2, 20),
              chain.withdrawal(2, 30, RECIPIENT),
              chain.transfer(3, 0, 40));
      BatchHeader h = honest.header();
      both.apply(
          claiming(honest, BatchNumber.of(9), h.oldRoot(), h.newRoot(), h.l1OpsCommitment()));
      both.apply(chain.next(chain.transfer(0, 2, 1)).withHeader(h));
      StateRoot wrong = StateRoot.of(Fr.of(5));
      both.apply(claiming(honest, h.number(), wrong, h.newRoot(), h.l1OpsCommitment()));
      both.apply(claiming(honest, h.number(), h.oldRoot(), wrong, h.l1OpsCommitment()));
      both.apply(
          claiming(honest, h.number(), h.oldRoot(), h.newRoot(), L1OpsCommitment.of(Fr.of(7))));
      both.apply(unsigned(chain, List.of(chain.transfer(0, 1, 1), chain.transfer(1, 0, 5_000))));
      both.apply(
          unsigned(chain, List.of(chain.transfer(0, 1, 1), chain.transferWithNonce(2, 1, 1, 7))));
      both.apply(
          unsigned(chain, List.of(chain.transfer(0, 1, 1), chain.transferSignedBy(1, 3, 2, 0))));
      both.apply(honest);
      chain.accept(honest);

      assertThat(answers)
          .containsExactly(
              "ATTESTED",
              "NUMBER_MISMATCH",
              "COMMITMENT_MISMATCH",
              "WRONG_OLD_ROOT",
              "NEW_ROOT_MISMATCH",
              "L1_OPS_MISMATCH",
              "INVALID_TRANSACTION",
              "INVALID_TRANSACTION",
              "INVALID_TRANSACTION",
              "ATTESTED");
      assertThat(memberReplica.root()).isEqualTo(chain.state().root());
      assertThat(memberStored).containsExactlyElementsOf(coreStored).hasSize(2);
    }
  }

  /** Batch 1 with a header claiming no change: the gates must refuse it on a transaction. */
  private static Chain.Offer unsigned(Chain chain, List<Transaction> txs) {
    BatchData data = new BatchData(Chain.DOMAIN, BatchNumber.of(1), txs);
    StateRoot root = chain.state().root();
    return new Chain.Offer(
        new BatchHeader(data.number(), root, root, data.commitment(), L1OpsCommitment.of(Fr.ZERO)),
        data);
  }

  /** The offer's data under a header with other fields (its commitment kept). */
  private static Chain.Offer claiming(
      Chain.Offer o, BatchNumber n, StateRoot oldRoot, StateRoot newRoot, L1OpsCommitment l1) {
    return o.withHeader(new BatchHeader(n, oldRoot, newRoot, o.header().commitment(), l1));
  }

  /** A store that keeps what a gate stored in {@code into}, in order: compared, not read. */
  private static BatchStore listStore(List<BatchData> into) {
    return new BatchStore() {
      @Override
      public void storeDurably(BatchData data) {
        into.add(data);
      }

      @Override
      public Optional<BatchData> load(BatchNumber n) {
        return into.stream().filter(d -> d.number().equals(n)).findFirst();
      }

      @Override
      public Optional<BatchData> loadByCommitment(BatchCommitment c) {
        return into.stream().filter(d -> d.commitment().equals(c)).findFirst();
      }
    };
  }
}
