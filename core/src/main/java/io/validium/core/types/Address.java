package io.validium.core.types;

import io.validium.core.crypto.Keccak256;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** A 20-byte L1 (Ethereum) address. */
public final class Address {
  public static final int BYTES = 20;

  public static final Address ZERO = new Address(new byte[BYTES]);

  private static final HexFormat HEX = HexFormat.of();

  private final byte[] bytes;

  private Address(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Address wrap(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("an address has 20 bytes, not " + bytes.length);
    }
    return new Address(bytes.clone());
  }

  /**
   * Parses {@code 0x} and 40 hex digits. All-lowercase and all-uppercase are accepted; mixed case
   * must carry a valid EIP-55 checksum, because a mixed-case typo is otherwise silently accepted.
   */
  public static Address parse(String text) {
    if (text == null || text.length() != 2 + 2 * BYTES || !text.startsWith("0x")) {
      throw new IllegalArgumentException(
          "an address is 0x followed by 40 hex digits: "
              + Decimal.abbreviate(String.valueOf(text)));
    }
    String digits = text.substring(2);
    byte[] parsed;
    try {
      parsed = HEX.parseHex(digits);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("an address holds hex digits only: " + text, e);
    }
    Address address = new Address(parsed);
    boolean mixed = !digits.equals(digits.toLowerCase()) && !digits.equals(digits.toUpperCase());
    if (mixed && !address.toChecksumString().substring(2).equals(digits)) {
      throw new IllegalArgumentException("address fails its EIP-55 checksum: " + text);
    }
    return address;
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  /** The 160-bit big-endian integer of the address, as the protocol hashes it. */
  public BigInteger toBigInteger() {
    return new BigInteger(1, bytes);
  }

  /** The EIP-55 mixed-case form. */
  public String toChecksumString() {
    String lower = HEX.formatHex(bytes);
    byte[] hash = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder("0x");
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
      out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a && Arrays.equals(a.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "0x" + HEX.formatHex(bytes);
  }
}
