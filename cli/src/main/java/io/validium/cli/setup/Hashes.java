package io.validium.cli.setup;

import java.util.HexFormat;

/** Prints 64-byte ceremony hashes the way snarkjs does, so contributors can compare them by eye. */
final class Hashes {
  private Hashes() {}

  /** Four lines of four 8-digit hex groups, each line indented by two tabs. */
  static String snarkjsLayout(byte[] hash) {
    String hex = HexFormat.of().formatHex(hash);
    StringBuilder out = new StringBuilder();
    for (int line = 0; line < 4; line++) {
      out.append(line == 0 ? "" : "\n").append("\t\t");
      for (int group = 0; group < 4; group++) {
        int at = line * 32 + group * 8;
        out.append(group == 0 ? "" : " ").append(hex, at, at + 8);
      }
    }
    return out.toString();
  }

  static boolean isZero(byte[] hash) {
    for (byte b : hash) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
