package io.validium.l1.contracts;

import io.validium.core.crypto.Keccak256;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * ABI encoding for the argument shapes the contracts take: static words (integers, addresses,
 * bytes32, static tuples and arrays laid out inline), {@code bytes}, and dynamic arrays of static
 * tuples. (web3j 6.0.0 would do this, but its class files need Java 21 and the build runs 17.)
 */
final class Abi {

  private static final HexFormat HEX = HexFormat.of();

  private Abi() {}

  /** One argument of a call. */
  sealed interface Arg permits Words, Bytes, TupleArray {}

  /** A static argument: its words, inline. */
  record Words(List<BigInteger> words) implements Arg {}

  /** A {@code bytes} argument. */
  record Bytes(byte[] data) implements Arg {}

  /** A dynamic array of static tuples (or of single words), each element its words. */
  record TupleArray(List<List<BigInteger>> elements) implements Arg {}

  static Words words(BigInteger... words) {
    return new Words(List.of(words));
  }

  static Words words(List<BigInteger> words) {
    return new Words(List.copyOf(words));
  }

  static Words uint(long v) {
    return words(BigInteger.valueOf(v));
  }

  static Words address(String hex) {
    return words(addressValue(hex));
  }

  static BigInteger addressValue(String hex) {
    return new BigInteger(hex.startsWith("0x") ? hex.substring(2) : hex, 16);
  }

  static Bytes bytes(byte[] data) {
    return new Bytes(data.clone());
  }

  static TupleArray array(List<List<BigInteger>> elements) {
    return new TupleArray(List.copyOf(elements));
  }

  /** An address[] argument. */
  static TupleArray addresses(List<String> addresses) {
    List<List<BigInteger>> out = new ArrayList<>();
    addresses.forEach(a -> out.add(List.of(addressValue(a))));
    return new TupleArray(out);
  }

  /** The 4-byte selector of {@code signature}, e.g. {@code freeze()}. */
  static byte[] selector(String signature) {
    return Arrays.copyOf(Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII)), 4);
  }

  /** The selector's hex, without 0x: what a custom error's revert data starts with. */
  static String selectorHex(String signature) {
    return HEX.formatHex(selector(signature));
  }

  /** Calldata: the selector of {@code signature}, then the arguments. */
  static byte[] call(String signature, Arg... args) {
    return concat(selector(signature), encode(args));
  }

  /** The arguments encoded as a tuple (also a constructor's arguments). */
  static byte[] encode(Arg... args) {
    int headWords = 0;
    for (Arg a : args) {
      headWords += a instanceof Words w ? w.words().size() : 1;
    }
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    for (Arg a : args) {
      if (a instanceof Words w) {
        w.words().forEach(v -> head.writeBytes(word(v)));
        continue;
      }
      head.writeBytes(word(BigInteger.valueOf(32L * headWords + tail.size())));
      if (a instanceof Bytes b) {
        tail.writeBytes(word(BigInteger.valueOf(b.data().length)));
        tail.writeBytes(Arrays.copyOf(b.data(), (b.data().length + 31) / 32 * 32));
      } else if (a instanceof TupleArray t) {
        tail.writeBytes(word(BigInteger.valueOf(t.elements().size())));
        t.elements().forEach(e -> e.forEach(v -> tail.writeBytes(word(v))));
      }
    }
    head.writeBytes(tail.toByteArray());
    return head.toByteArray();
  }

  /** A 32-byte big-endian word; negative values are two's complement. */
  static byte[] word(BigInteger v) {
    BigInteger u = v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(256)) : v;
    byte[] bytes = u.toByteArray();
    if (bytes.length > 33 || (bytes.length == 33 && bytes[0] != 0)) {
      throw new IllegalArgumentException(v + " does not fit in a word");
    }
    byte[] out = new byte[32];
    int n = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - n, out, 32 - n, n);
    return out;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Word {@code i} of ABI output as an unsigned integer. */
  static BigInteger word(byte[] out, int i) {
    return new BigInteger(1, Arrays.copyOfRange(out, 32 * i, 32 * i + 32));
  }
}
