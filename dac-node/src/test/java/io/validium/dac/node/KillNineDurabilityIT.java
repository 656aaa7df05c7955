package io.validium.dac.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.validium.core.batch.BatchHeader;
import io.validium.core.codec.BatchCodec;
import io.validium.core.field.Fr;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.StateRoot;
import io.validium.dac.store.EmbeddedStorage;
import io.validium.dac.testing.Chain;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node process that is killed with SIGKILL right after it released a signature, with its store
 * never closed: the batch data and the signing log entry must be on disk, so the restarted node
 * serves the data and refuses to sign another header for that batch.
 */
class KillNineDurabilityIT {
  @TempDir Path dir;

  @Test
  void aSignatureReleasedBeforeKillNineIsNeverForgotten() throws Exception {
    Chain chain = new Chain(21);
    Chain.Offer offer = chain.next(chain.deposits(77, 0, 1, 2));
    Path header = Files.write(dir.resolve("header.bin"), offer.headerBytes());
    Path data = Files.write(dir.resolve("data.bin"), offer.dataBytes());
    Path store = dir.resolve("store");

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SignThenWait.class.getName(),
                store.toString(),
                header.toString(),
                data.toString())
            .redirectError(dir.resolve("child.err").toFile())
            .start();
    String line;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no cache manager stop
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(line).as("child output, see child.err").startsWith("ATTESTED ");
    byte[] released = HexFormat.of().parseHex(line.substring("ATTESTED ".length()));

    try (EmbeddedStorage reopened = new EmbeddedStorage(store, 16)) {
      MemberNode node =
          new MemberNode(
              Chain.DOMAIN, 4, 1 << 20, reopened, SignThenWait.KEY, new SimpleMeterRegistry());

      assertThat(node.status().latestSigned()).contains(BatchNumber.FIRST);
      assertThat(node.status().replicaRoot()).isEqualTo(offer.header().newRoot());
      assertThat(node.batchData(BatchNumber.FIRST))
          .hasValueSatisfying(b -> assertThat(b).isEqualTo(offer.dataBytes()));
      assertThat(node.attestation(BatchNumber.FIRST).orElseThrow().signature()).isEqualTo(released);
      BatchHeader h = offer.header();
      BatchHeader other =
          new BatchHeader(
              h.number(), h.oldRoot(), StateRoot.of(Fr.of(3)), h.commitment(), h.l1OpsCommitment());
      assertThat(node.ingest(BatchCodec.encodeHeader(other), offer.dataBytes()).refusal())
          .isEqualTo(IngestRefusal.CONFLICTING_HEADER_ALREADY_SIGNED);
      assertThat(
              List.of(
                  node.ingest(offer.headerBytes(), offer.dataBytes()).attestation().signature()))
          .singleElement()
          .isEqualTo(released);
    }
  }
}
