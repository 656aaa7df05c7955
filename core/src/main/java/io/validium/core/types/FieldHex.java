package io.validium.core.types;

import io.validium.core.field.Fr;
import java.util.HexFormat;

/** Strict hex text form of values that are field elements: {@code 0x} and 64 hex digits. */
final class FieldHex {
  private FieldHex() {}

  static Fr parse(String text, String what) {
    if (text == null || text.length() != 66 || !text.startsWith("0x")) {
      throw new IllegalArgumentException(
          what + " is 0x followed by 64 hex digits: " + Decimal.abbreviate(String.valueOf(text)));
    }
    byte[] bytes;
    try {
      bytes = HexFormat.of().parseHex(text, 2, 66);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " holds hex digits only: " + text, e);
    }
    try {
      return Fr.fromBytesBigEndian(bytes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not below the field modulus: " + text, e);
    }
  }
}
