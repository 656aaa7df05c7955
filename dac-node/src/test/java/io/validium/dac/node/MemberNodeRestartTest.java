package io.validium.dac.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.validium.core.batch.BatchHeader;
import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.StateRoot;
import io.validium.dac.store.EmbeddedStorage;
import io.validium.dac.testing.Chain;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;

/**
 * Stops the embedded Infinispan file store and opens it again, as a restart of the node does: the
 * batch data, the signing log and (rebuilt from both) the state replica survive.
 */
class MemberNodeRestartTest {
  private static final ECKeyPair KEY = ECKeyPair.create(BigInteger.valueOf(0xdac));

  @TempDir Path dir;

  private MemberNode open(EmbeddedStorage storage) {
    return new MemberNode(Chain.DOMAIN, 4, 1 << 20, storage, KEY, new SimpleMeterRegistry());
  }

  @Test
  void theReplicaTheSigningLogAndTheDataSurviveARestart() {
    Chain chain = new Chain(11);
    Chain.Offer first = chain.next(chain.deposits(500, 0, 1));
    Chain.Offer second;
    byte[] secondSignature;
    NodeStatus before;
    try (EmbeddedStorage storage = new EmbeddedStorage(dir, 16)) {
      MemberNode node = open(storage);
      assertThat(node.ingest(first.headerBytes(), first.dataBytes()).isAttested()).isTrue();
      chain.accept(first);
      second = chain.next(chain.transfer(0, 1, 125));
      IngestResult r = node.ingest(second.headerBytes(), second.dataBytes());
      assertThat(r.isAttested()).isTrue();
      chain.accept(second);
      secondSignature = r.attestation().signature();
      before = node.status();
    }

    try (EmbeddedStorage reopened = new EmbeddedStorage(dir, 16)) {
      MemberNode node = open(reopened);

      NodeStatus after = node.status();
      assertThat(after.replicaRoot())
          .isEqualTo(before.replicaRoot())
          .isEqualTo(chain.state().root());
      assertThat(after.latestSigned()).contains(BatchNumber.of(1));
      assertThat(after.latestStored()).contains(BatchNumber.of(1));
      assertThat(node.batchData(BatchNumber.of(0)))
          .hasValueSatisfying(b -> assertThat(b).isEqualTo(first.dataBytes()));
      assertThat(
              node.account(AccountId.of(1), Optional.empty())
                  .orElseThrow()
                  .account()
                  .orElseThrow()
                  .balance(io.validium.core.types.TokenId.ETH)
                  .toString())
          .isEqualTo("625");

      IngestResult again = node.ingest(second.headerBytes(), second.dataBytes());
      assertThat(again.isAttested()).isTrue();
      assertThat(again.redelivered()).isTrue();
      assertThat(again.attestation().signature()).isEqualTo(secondSignature);

      BatchHeader h = second.header();
      BatchHeader conflicting =
          new BatchHeader(
              h.number(), h.oldRoot(), StateRoot.of(Fr.of(5)), h.commitment(), h.l1OpsCommitment());
      IngestResult refused =
          node.ingest(
              io.validium.core.codec.BatchCodec.encodeHeader(conflicting), second.dataBytes());
      assertThat(refused.refusal()).isEqualTo(IngestRefusal.CONFLICTING_HEADER_ALREADY_SIGNED);

      Chain.Offer third = chain.next(chain.transfer(1, 0, 25));
      assertThat(node.ingest(third.headerBytes(), third.dataBytes()).isAttested()).isTrue();
    }
  }

  @Test
  void aRefusedBatchIsNotReplayedAfterARestart() {
    Chain chain = new Chain(12);
    Chain.Offer first = chain.next(chain.deposits(10, 0));
    BatchHeader h = first.header();
    BatchHeader lying =
        new BatchHeader(
            h.number(), h.oldRoot(), StateRoot.of(Fr.of(9)), h.commitment(), h.l1OpsCommitment());
    try (EmbeddedStorage storage = new EmbeddedStorage(dir, 16)) {
      IngestResult r =
          open(storage)
              .ingest(io.validium.core.codec.BatchCodec.encodeHeader(lying), first.dataBytes());
      assertThat(r.refusal()).isEqualTo(IngestRefusal.NEW_ROOT_MISMATCH);
    }
    try (EmbeddedStorage reopened = new EmbeddedStorage(dir, 16)) {
      MemberNode node = open(reopened);
      assertThat(node.status().latestSigned()).isEmpty();
      assertThat(node.ingest(first.headerBytes(), first.dataBytes()).isAttested()).isTrue();
    }
  }
}
