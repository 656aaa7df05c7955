package io.validium.sequencer.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.types.AccountId;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.TokenId;
import io.validium.sequencer.testing.TestChain;
import org.junit.jupiter.api.Test;

class LogCodecTest {

  @Test
  void readsBackEveryKindOfRecord() {
    var tx = TestChain.transfer(AccountId.of(1), AccountId.of(2), TokenId.ETH, 5, 3);
    for (LogEntry e :
        new LogEntry[] {
          new LogEntry.Accepted(tx),
          new LogEntry.Sealed(BatchNumber.of(7), 1024),
          new LogEntry.Published(BatchNumber.of(7)),
          new LogEntry.Finalized(BatchNumber.of(Long.MAX_VALUE))
        }) {
      assertThat(LogCodec.decode(LogCodec.encode(e))).isEqualTo(e);
    }
  }

  @Test
  void refusesCorruptRecordsInsteadOfGuessing() {
    byte[] sealed = LogCodec.encode(new LogEntry.Sealed(BatchNumber.of(1), 2));
    byte[] truncated = java.util.Arrays.copyOf(sealed, sealed.length - 1);
    byte[] zeroCount = LogCodec.encode(new LogEntry.Sealed(BatchNumber.of(1), 2));
    zeroCount[12] = 0;

    assertThatThrownBy(() -> LogCodec.decode(new byte[0])).hasMessageContaining("empty");
    assertThatThrownBy(() -> LogCodec.decode(new byte[] {9})).hasMessageContaining("unknown");
    assertThatThrownBy(() -> LogCodec.decode(truncated)).hasMessageContaining("bytes");
    assertThatThrownBy(() -> LogCodec.decode(zeroCount)).hasMessageContaining("0 transactions");
    assertThatThrownBy(() -> LogCodec.decode(new byte[] {1, 1, 2})).hasMessageContaining("corrupt");
    byte[] negative = new byte[9];
    java.util.Arrays.fill(negative, (byte) 0xff);
    negative[0] = 4;
    assertThatThrownBy(() -> LogCodec.decode(negative)).hasMessageContaining("names batch");
    assertThatThrownBy(() -> LogCodec.decode(new byte[] {4, 0})).hasMessageContaining("bytes");
  }
}
