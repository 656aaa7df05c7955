package io.validium.prover.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.state.L2State;
import io.validium.prover.job.JobRefusal.Reason;
import io.validium.prover.replica.BatchSource;
import io.validium.prover.replica.Replica;
import io.validium.prover.testing.TestChain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job paths that end before a proof: refusals and catch-up. The topic is a list here; the
 * proofs themselves are the integration test's.
 */
class JobProcessorTest {
  @TempDir Path dir;

  private final TestChain chain = new TestChain(2, 5);
  private final TestChain.Sealed b0 = chain.seal(chain.deposit(0, 0, 100));
  private final TestChain.Sealed b1 = chain.seal(chain.deposit(1, 0, 50));
  private final TestChain.Sealed b2 = chain.seal(chain.transfer(0, 1, 0, 30, 0));
  private final List<BatchSource.RawRecord> topic = new ArrayList<>();

  private JobProcessor processor(Replica replica) {
    return new JobProcessor(
        new BatchRecordParser(TestChain.DOMAIN, 1 << 20),
        replica,
        null, // never reached: each case here is refused before proving
        (from, to) -> List.copyOf(topic),
        Duration.ZERO);
  }

  private Replica replica() {
    return Replica.open(TestChain.DOMAIN, L2State.DEFAULT_BALANCE_DEPTH, dir);
  }

  private static BatchSource.RawRecord raw(TestChain.Sealed s, byte[] header) {
    return new BatchSource.RawRecord(s.key(), s.value(), header);
  }

  @Test
  void catchesUpFromTheTopicSkippingRecordsThatDoNotReexecute() {
    topic.add(raw(b0, b0.headerBytes()));
    topic.add(raw(b1, b1.tamperedHeaderBytes()));
    topic.add(new BatchSource.RawRecord("1", new byte[] {9, 9, 9}, null));
    topic.add(raw(b1, b1.headerBytes()));
    try (Replica r = replica()) {
      JobResult result = processor(r).process(b2.key(), b2.value(), b2.tamperedHeaderBytes());

      assertThat(r.nextBatch()).isEqualTo(2);
      assertThat(((JobResult.Refused) result).refusal().reason()).isEqualTo(Reason.HEADER_MISMATCH);
    }
  }

  @Test
  void refusesABatchWhosePredecessorNeverAppears() {
    topic.add(raw(b0, b0.headerBytes()));
    try (Replica r = replica()) {
      JobResult result = processor(r).process(b2.key(), b2.value(), b2.headerBytes());

      assertThat(((JobResult.Refused) result).refusal().reason()).isEqualTo(Reason.REPLICA_GAP);
      assertThat(((JobResult.Refused) result).refusal().detail())
          .contains("batch 1 never appeared");
      assertThat(r.nextBatch()).isEqualTo(1);
    }
  }

  @Test
  void refusesGarbageWithoutTouchingTheReplica() {
    try (Replica r = replica()) {
      JobResult result = processor(r).process("0", new byte[] {1, 0, 0}, b0.headerBytes());

      assertThat(((JobResult.Refused) result).refusal().reason()).isEqualTo(Reason.MALFORMED_DATA);
      assertThat(r.nextBatch()).isZero();
    }
  }
}
