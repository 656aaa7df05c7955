package io.validium.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.testing.TransactionArbitraries;
import io.validium.core.tx.Transaction;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TransactionCodecPropertiesTest {

  @Property
  void everyTransactionRoundTrips(@ForAll("transactions") Transaction tx) {
    byte[] encoded = TransactionCodec.encode(tx);
    assertThat(encoded).hasSize(tx.type().encodedLength());
    Decoded<Transaction> decoded = TransactionCodec.decode(encoded);
    assertThat(decoded.isOk()).as("%s", decoded).isTrue();
    assertThat(decoded.value()).isEqualTo(tx);
  }

  @Property
  void aMutatedEncodingIsRefusedOrDecodesCanonicallyToADifferentTransaction(
      @ForAll("transactions") Transaction tx,
      @ForAll("positions") int position,
      @ForAll("nonZeroBytes") byte flip) {
    byte[] encoded = TransactionCodec.encode(tx);
    byte[] mutated = encoded.clone();
    int at = Math.floorMod(position, mutated.length);
    mutated[at] ^= flip;
    Decoded<Transaction> decoded = TransactionCodec.decode(mutated);
    if (decoded.isOk()) {
      assertThat(decoded.value()).isNotEqualTo(tx);
      assertThat(TransactionCodec.encode(decoded.value())).isEqualTo(mutated);
    }
  }

  @Property
  void truncatedOrExtendedEncodingsAreRefused(
      @ForAll("transactions") Transaction tx, @ForAll("positions") int cut) {
    byte[] encoded = TransactionCodec.encode(tx);
    byte[] truncated = Arrays.copyOf(encoded, Math.floorMod(cut, encoded.length));
    assertThat(TransactionCodec.decode(truncated).isOk()).isFalse();
    byte[] extended = Arrays.copyOf(encoded, encoded.length + 1 + Math.floorMod(cut, 8));
    assertThat(TransactionCodec.decode(extended).error().reason())
        .isEqualTo(DecodeError.Reason.TRAILING_BYTES);
  }

  @Property
  void arbitraryBytesNeverCrashTheDecoder(@ForAll("garbage") byte[] garbage) {
    Decoded<Transaction> decoded = TransactionCodec.decode(garbage);
    if (decoded.isOk()) {
      assertThat(TransactionCodec.encode(decoded.value())).isEqualTo(garbage);
    }
  }

  @Provide
  Arbitrary<Transaction> transactions() {
    return TransactionArbitraries.transactions(TransactionArbitraries.domains());
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1_000);
  }

  @Provide
  Arbitrary<Byte> nonZeroBytes() {
    return Arbitraries.bytes().filter(b -> b != 0);
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    Arbitrary<byte[]> typed =
        Arbitraries.integers()
            .between(0, 4)
            .flatMap(
                type ->
                    Arbitraries.bytes()
                        .array(byte[].class)
                        .ofMinSize(0)
                        .ofMaxSize(200)
                        .map(
                            b -> {
                              if (b.length > 0) {
                                b[0] = (byte) (int) type;
                              }
                              return b;
                            }));
    return Arbitraries.oneOf(typed, Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
  }
}
