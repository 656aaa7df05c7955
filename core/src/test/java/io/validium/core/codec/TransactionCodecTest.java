package io.validium.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.core.testing.TestWorld;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.TxType;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TransactionCodecTest {
  private final TestWorld world = new TestWorld(2, 3);

  @Test
  void refusesEmptyInput() {
    assertThat(TransactionCodec.decode(new byte[0]).error().reason())
        .isEqualTo(DecodeError.Reason.EMPTY);
  }

  @Test
  void refusesUnknownTypeByte() {
    byte[] encoded = TransactionCodec.encode(world.transfer(0, 1, 0, 5, 0));
    encoded[0] = 0x7f;
    assertThat(TransactionCodec.decode(encoded).error().reason())
        .isEqualTo(DecodeError.Reason.UNKNOWN_TYPE);
  }

  @Test
  void refusesAccountIdsBeyondTheTree() {
    byte[] encoded = TransactionCodec.encode(world.transfer(0, 1, 0, 5, 0));
    encoded[29] = 0x01; // high byte of the u32 'from'
    assertThat(TransactionCodec.decode(encoded).error())
        .satisfies(e -> assertThat(e.reason()).isEqualTo(DecodeError.Reason.VALUE_OUT_OF_RANGE))
        .satisfies(e -> assertThat(e.detail()).contains("from"));
  }

  @Test
  void refusesSignatureScalarThatIsNotACanonicalFieldElement() {
    byte[] encoded = TransactionCodec.encode(world.transfer(0, 1, 0, 5, 0));
    byte[] modulus = toBytes32(Fr.MODULUS);
    System.arraycopy(modulus, 0, encoded, TxType.TRANSFER.encodedLength() - 32, 32);
    assertThat(TransactionCodec.decode(encoded).error().reason())
        .isEqualTo(DecodeError.Reason.NON_CANONICAL_FIELD_ELEMENT);
  }

  @Test
  void refusesDepositWithAPublicKeyOffTheCurve() {
    byte[] encoded = TransactionCodec.encode(world.deposit(0, 0, 0, 5));
    int keyY = 1 + 8 + 20 + 8 + 4 + 32;
    encoded[keyY + 31] ^= 1;
    assertThat(TransactionCodec.decode(encoded).error().reason())
        .isEqualTo(DecodeError.Reason.INVALID_PUBLIC_KEY);
  }

  @Test
  void transferEncodingHasTheDocumentedLayout() {
    Transfer t = world.transfer(0, 1, 2, 0x0102, 3);
    byte[] e = TransactionCodec.encode(t);
    assertThat(e).hasSize(151);
    assertThat(e[0]).isEqualTo((byte) 0x01);
    assertThat(e[8]).isEqualTo((byte) 0x69); // chain id 31337 = 0x7a69, big-endian
    assertThat(e[36]).isEqualTo((byte) 1); // to
    assertThat(e[38]).isEqualTo((byte) 2); // token
    assertThat(e[49]).isEqualTo((byte) 0x01); // amount, second-to-last byte
    assertThat(e[50]).isEqualTo((byte) 0x02); // amount, last byte
    assertThat(e[54]).isEqualTo((byte) 3); // nonce
  }

  private static byte[] toBytes32(BigInteger v) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return out;
  }
}
