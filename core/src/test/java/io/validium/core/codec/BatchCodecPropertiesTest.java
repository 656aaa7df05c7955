package io.validium.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.batch.BatchData;
import io.validium.core.batch.BatchHeader;
import io.validium.core.testing.TransactionArbitraries;
import io.validium.core.types.BatchCommitment;
import io.validium.core.types.BatchNumber;
import io.validium.core.types.L1OpsCommitment;
import io.validium.core.types.StateRoot;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BatchCodecPropertiesTest {

  @Property(tries = 200)
  void batchDataRoundTrips(@ForAll("batches") BatchData data) {
    Decoded<BatchData> decoded = BatchCodec.decodeData(BatchCodec.encodeData(data));
    assertThat(decoded.isOk()).as("%s", decoded).isTrue();
    assertThat(decoded.value()).isEqualTo(data);
  }

  @Property(tries = 300)
  void aMutatedBatchIsRefusedOrDecodesCanonicallyToADifferentBatch(
      @ForAll("batches") BatchData data,
      @ForAll("positions") int position,
      @ForAll("nonZeroBytes") byte flip) {
    byte[] mutated = BatchCodec.encodeData(data);
    mutated[Math.floorMod(position, mutated.length)] ^= flip;
    Decoded<BatchData> decoded = BatchCodec.decodeData(mutated);
    if (decoded.isOk()) {
      assertThat(decoded.value()).isNotEqualTo(data);
      assertThat(BatchCodec.encodeData(decoded.value())).isEqualTo(mutated);
    }
  }

  @Property
  void headersRoundTripAndMutationsNeverCrash(
      @ForAll("headers") BatchHeader header,
      @ForAll("positions") int position,
      @ForAll("nonZeroBytes") byte flip) {
    byte[] encoded = BatchCodec.encodeHeader(header);
    assertThat(encoded).hasSize(BatchCodec.HEADER_BYTES);
    assertThat(BatchCodec.decodeHeader(encoded).value()).isEqualTo(header);
    encoded[Math.floorMod(position, encoded.length)] ^= flip;
    Decoded<BatchHeader> decoded = BatchCodec.decodeHeader(encoded);
    if (decoded.isOk()) {
      assertThat(decoded.value()).isNotEqualTo(header);
      assertThat(BatchCodec.encodeHeader(decoded.value())).isEqualTo(encoded);
    }
  }

  @Property
  void arbitraryBytesNeverCrashTheBatchDecoder(@ForAll("garbage") byte[] garbage) {
    Decoded<BatchData> decoded = BatchCodec.decodeData(garbage);
    if (decoded.isOk()) {
      assertThat(BatchCodec.encodeData(decoded.value())).isEqualTo(garbage);
    }
  }

  @Provide
  Arbitrary<BatchData> batches() {
    return TransactionArbitraries.domains()
        .flatMap(
            domain ->
                Combinators.combine(
                        Arbitraries.longs().between(0, Long.MAX_VALUE).map(BatchNumber::of),
                        TransactionArbitraries.transactions(Arbitraries.just(domain))
                            .list()
                            .ofMaxSize(6))
                    .as((number, txs) -> new BatchData(domain, number, txs)));
  }

  @Provide
  Arbitrary<BatchHeader> headers() {
    var field = TransactionArbitraries.fieldElements();
    return Combinators.combine(
            Arbitraries.longs().between(0, Long.MAX_VALUE).map(BatchNumber::of),
            field.map(StateRoot::of),
            field.map(StateRoot::of),
            field.map(BatchCommitment::of),
            field.map(L1OpsCommitment::of))
        .as(BatchHeader::new);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 100_000);
  }

  @Provide
  Arbitrary<Byte> nonZeroBytes() {
    return Arbitraries.bytes().filter(b -> b != 0);
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofMaxSize(400)
        .map(
            b -> {
              if (b.length > 0) {
                b[0] = 1; // get past the version byte often
              }
              return b;
            });
  }
}
