package io.validium.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.testing.TestWorld;
import io.validium.core.types.BatchNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchCodecTest {
  private final TestWorld world = new TestWorld(2, 5);

  @Test
  void refusesATransactionCountBeyondTheLimitWithoutAllocatingForIt() {
    byte[] encoded =
        BatchCodec.encodeData(new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), List.of()));
    int count = 1 + 8 + 20 + 8;
    encoded[count] = (byte) 0xff;
    encoded[count + 1] = (byte) 0xff;
    encoded[count + 2] = (byte) 0xff;
    encoded[count + 3] = (byte) 0xff;
    assertThat(BatchCodec.decodeData(encoded).error().reason())
        .isEqualTo(DecodeError.Reason.TOO_MANY_TRANSACTIONS);
  }

  @Test
  void refusesACountThatPromisesMoreTransactionsThanTheBytesHold() {
    byte[] encoded =
        BatchCodec.encodeData(
            new BatchData(
                TestWorld.DOMAIN, BatchNumber.of(1), List.of(world.transfer(0, 1, 0, 1, 0))));
    encoded[1 + 8 + 20 + 8 + 3] = 2;
    assertThat(BatchCodec.decodeData(encoded).error().reason())
        .isEqualTo(DecodeError.Reason.TRUNCATED);
  }

  @Test
  void refusesATransactionOfAnotherDomainInsideTheBatch() {
    byte[] encoded =
        BatchCodec.encodeData(
            new BatchData(
                TestWorld.DOMAIN, BatchNumber.of(1), List.of(world.transfer(0, 1, 0, 1, 0))));
    encoded[1 + 8 + 20 + 8 + 4 + 8] ^= 1; // the transaction's chain id
    assertThat(BatchCodec.decodeData(encoded).error().detail()).contains("belongs to");
  }

  @Test
  void refusesAnUnknownVersion() {
    byte[] encoded =
        BatchCodec.encodeData(new BatchData(TestWorld.DOMAIN, BatchNumber.of(1), List.of()));
    encoded[0] = 2;
    assertThat(BatchCodec.decodeData(encoded).error().reason())
        .isEqualTo(DecodeError.Reason.UNSUPPORTED_VERSION);
  }
}
