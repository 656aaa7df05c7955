package io.validium.core.codec;

import io.validium.core.field.Fr;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Reads the protocol's big-endian fixed-width values from untrusted bytes. A read past the end
 * throws {@link Malformed}, which the codecs turn into a {@link DecodeError}; the exception never
 * leaves a codec.
 */
final class ByteReader {
  private static final BigInteger FIELD_MODULUS = Fr.MODULUS;

  private final byte[] data;
  private int pos;

  ByteReader(byte[] data) {
    this.data = data;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return data.length - pos;
  }

  int u8(String what) {
    require(1, what);
    return data[pos++] & 0xFF;
  }

  int u16(String what) {
    return (int) unsigned(2, what);
  }

  long u32(String what) {
    return unsigned(4, what);
  }

  /** A u64 that must fit a non-negative {@code long}, as every u64 of the protocol does. */
  long u63(String what) {
    long v = unsigned(8, what);
    if (v < 0) {
      throw new Malformed(DecodeError.Reason.VALUE_OUT_OF_RANGE, what + " exceeds 2^63 - 1");
    }
    return v;
  }

  byte[] bytes(int n, String what) {
    require(n, what);
    byte[] out = Arrays.copyOfRange(data, pos, pos + n);
    pos += n;
    return out;
  }

  Fr field(String what) {
    byte[] b = bytes(32, what);
    if (new BigInteger(1, b).compareTo(FIELD_MODULUS) >= 0) {
      throw new Malformed(
          DecodeError.Reason.NON_CANONICAL_FIELD_ELEMENT, what + " is not below the field modulus");
    }
    return Fr.fromBytesBigEndian(b);
  }

  /** The {@code u64 chainId | 20 validium} pair that opens transactions and batch data. */
  Domain domain() {
    long chainId = u63("chain id");
    if (chainId == 0) {
      throw new Malformed(DecodeError.Reason.VALUE_OUT_OF_RANGE, "chain id 0");
    }
    return new Domain(ChainId.of(chainId), Address.wrap(bytes(Address.BYTES, "validium address")));
  }

  void requireEnd(String what) {
    if (pos != data.length) {
      throw new Malformed(
          DecodeError.Reason.TRAILING_BYTES,
          (data.length - pos) + " bytes after the end of the " + what);
    }
  }

  private long unsigned(int width, String what) {
    require(width, what);
    long v = 0;
    for (int i = 0; i < width; i++) {
      v = (v << 8) | (data[pos++] & 0xFF);
    }
    return v;
  }

  private void require(int n, String what) {
    if (data.length - pos < n) {
      throw new Malformed(
          DecodeError.Reason.TRUNCATED,
          "input ends at byte " + data.length + " inside " + what + " (needs " + n + " more)");
    }
  }

  /** Internal control flow for malformed input; always caught inside the codec package. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final DecodeError.Reason reason;

    Malformed(DecodeError.Reason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }
  }
}
