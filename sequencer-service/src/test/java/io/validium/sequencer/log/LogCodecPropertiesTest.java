package io.validium.sequencer.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.types.AccountId;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.TokenId;
import io.validium.sequencer.testing.TestChain;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every log record reads back as written; a damaged one is refused or reads as other bytes. */
class LogCodecPropertiesTest {

  @Property
  void everyRecordReadsBackAsWritten(@ForAll("entries") LogEntry entry) {
    assertThat(LogCodec.decode(LogCodec.encode(entry))).isEqualTo(entry);
  }

  @Property
  void aDamagedRecordIsRefusedOrIsTheEncodingOfWhatItDecodesTo(
      @ForAll("entries") LogEntry entry,
      @ForAll("positions") int position,
      @ForAll byte flip,
      @ForAll("cuts") int cut) {
    byte[] bytes = LogCodec.encode(entry);
    byte[] damaged = java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - cut));
    if (damaged.length > 0) {
      damaged[position % damaged.length] ^= flip;
    }
    LogEntry decoded;
    try {
      decoded = LogCodec.decode(damaged);
    } catch (IllegalStateException refused) {
      // Refused as corrupt, the only acceptable failure: anything else propagates and fails.
      return;
    }
    assertThat(LogCodec.encode(decoded)).isEqualTo(damaged);
  }

  @Provide
  Arbitrary<LogEntry> entries() {
    Arbitrary<BatchNumber> batch =
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(BatchNumber::of);
    Arbitrary<LogEntry> sealed =
        Combinators.combine(batch, Arbitraries.integers().between(1, Integer.MAX_VALUE))
            .as(LogEntry.Sealed::new);
    Arbitrary<LogEntry> accepted =
        Combinators.combine(
                Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, 1 << 20))
            .as(
                (amount, nonce) ->
                    new LogEntry.Accepted(
                        TestChain.transfer(
                            AccountId.of(1), AccountId.of(2), TokenId.ETH, amount, nonce)));
    return Arbitraries.oneOf(
        sealed, batch.map(LogEntry.Published::new), batch.map(LogEntry.Finalized::new), accepted);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1 << 16);
  }

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.frequency(
        net.jqwik.api.Tuple.of(8, 0), net.jqwik.api.Tuple.of(1, 1), net.jqwik.api.Tuple.of(1, 5));
  }
}
