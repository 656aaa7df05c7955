package io.validium.prover.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import io.validium.prover.job.JobRefusal.Reason;
import io.validium.prover.testing.TestChain;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchRecordParserTest {
  private final BatchRecordParser parser = new BatchRecordParser(TestChain.DOMAIN, 4096);
  private final TestChain chain = new TestChain(2, 1);
  private final TestChain.Sealed batch = chain.seal(chain.deposit(0, 0, 100));

  @Test
  void acceptsAWellFormedRecord() {
    ParsedRecord p = parser.parse(batch.key(), batch.value(), batch.headerBytes());

    assertThat(p.isJob()).isTrue();
    assertThat(p.job().number()).isZero();
    assertThat(p.job().claimed()).isEqualTo(batch.header());
  }

  @Test
  void refusesRandomGarbageAsMalformedData() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      byte[] garbage = new byte[1 + random.nextInt(400)];
      random.nextBytes(garbage);
      assertThat(parser.parse("0", garbage, batch.headerBytes()).refusal().reason())
          .isIn(Reason.MALFORMED_DATA);
    }
  }

  @Test
  void refusesARecordWithoutValue() {
    assertThat(parser.parse("0", null, batch.headerBytes()).refusal().reason())
        .isEqualTo(Reason.MISSING_DATA);
    assertThat(parser.parse("0", new byte[0], batch.headerBytes()).refusal().reason())
        .isEqualTo(Reason.MISSING_DATA);
  }

  @Test
  void refusesAValueAboveTheBoundUnread() {
    JobRefusal r = parser.parse("0", new byte[4097], batch.headerBytes()).refusal();

    assertThat(r.reason()).isEqualTo(Reason.RECORD_TOO_LARGE);
    assertThat(r.detail()).contains("4097").contains("4096");
  }

  @Test
  void refusesTruncatedDataWithTheDecodersReason() {
    byte[] cut = Arrays.copyOf(batch.value(), batch.value().length - 3);

    JobRefusal r = parser.parse("0", cut, batch.headerBytes()).refusal();
    assertThat(r.reason()).isEqualTo(Reason.MALFORMED_DATA);
    assertThat(r.detail()).contains("TRUNCATED");
  }

  @Test
  void refusesAMissingOrMalformedHeader() {
    assertThat(parser.parse("0", batch.value(), null).refusal().reason())
        .isEqualTo(Reason.MISSING_HEADER);
    assertThat(parser.parse("0", batch.value(), new byte[] {1, 2, 3}).refusal().reason())
        .isEqualTo(Reason.MALFORMED_HEADER);
  }

  @Test
  void refusesAKeyThatIsNotTheBatchNumber() {
    for (String key : new String[] {null, "", "1", "zero", "00", "9".repeat(1000)}) {
      assertThat(parser.parse(key, batch.value(), batch.headerBytes()).refusal().reason())
          .as("key %s", key)
          .isEqualTo(Reason.KEY_MISMATCH);
    }
  }

  @Test
  void refusesAHeaderOfAnotherBatch() {
    TestChain.Sealed next = chain.seal(chain.deposit(1, 0, 5));

    JobRefusal r = parser.parse("0", batch.value(), next.headerBytes()).refusal();
    assertThat(r.reason()).isEqualTo(Reason.HEADER_DATA_MISMATCH);
    assertThat(r.detail()).contains("header is for batch 1");
  }

  @Test
  void refusesAHeaderWhoseCommitmentIsNotTheDatas() {
    TestChain other = new TestChain(2, 2);
    TestChain.Sealed sameNumber = other.seal(other.deposit(1, 2, 9));

    assertThat(parser.parse("0", batch.value(), sameNumber.headerBytes()).refusal().reason())
        .isEqualTo(Reason.HEADER_DATA_MISMATCH);
  }

  @Test
  void refusesABatchOfAnotherDeployment() {
    BatchRecordParser elsewhere =
        new BatchRecordParser(
            new Domain(ChainId.of(1), Address.parse("0x00000000000000000000000000000000000000aa")),
            4096);

    assertThat(elsewhere.parse("0", batch.value(), batch.headerBytes()).refusal().reason())
        .isEqualTo(Reason.WRONG_DOMAIN);
  }
}
