package io.validium.zk.snarkjs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tagged parameters closing a contribution in .ptau and .zkey files, in increasing tag order: 1
 * name (length byte, UTF-8), 2 beacon iterations (log2, one byte), 3 beacon hash (length byte,
 * bytes).
 */
record ContributionParams(String name, int iterations, byte[] beaconHash) {

  private static final int NAME = 1;
  private static final int ITERATIONS = 2;
  private static final int BEACON_HASH = 3;

  /** Reads the u32 length and the parameters after it. */
  static ContributionParams read(SectionReader s, String c) throws BinaryFormatException {
    int length = s.u32(c + " parameter length");
    s.require(length, 1, c + " parameter bytes");
    byte[] params = s.bytes(length, c + " parameters");
    String name = "";
    int iterations = 0;
    byte[] beacon = new byte[0];
    int last = 0;
    int p = 0;
    while (p < params.length) {
      int tag = params[p++] & 0xff;
      if (tag <= last) {
        throw s.error(c + " parameters are not in increasing tag order");
      }
      last = tag;
      if (tag == ITERATIONS) {
        check(s, c, params, p, 1);
        iterations = params[p++] & 0xff;
        continue;
      }
      if (tag != NAME && tag != BEACON_HASH) {
        throw s.error(c + " has unknown parameter tag " + tag);
      }
      check(s, c, params, p, 1);
      int len = params[p++] & 0xff;
      check(s, c, params, p, len);
      byte[] value = Arrays.copyOfRange(params, p, p + len);
      p += len;
      if (tag == NAME) {
        name = new String(value, StandardCharsets.UTF_8);
      } else {
        beacon = value;
      }
    }
    return new ContributionParams(name, iterations, beacon);
  }

  private static void check(SectionReader s, String c, byte[] params, int p, int n)
      throws BinaryFormatException {
    if (p + n > params.length) {
      throw s.error(c + " parameters end in the middle of a value");
    }
  }

  /** Writes the u32 length and the parameters; a beacon (type 1) also writes its two. */
  static void write(LeOutput out, String name, int type, int iterations, byte[] beaconHash) {
    LeOutput params = new LeOutput();
    if (!name.isEmpty()) {
      byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
      // snarkjs keeps the first 64 characters; a length byte could not say more than 255.
      bytes = Arrays.copyOf(bytes, Math.min(bytes.length, 64));
      params.bytes(new byte[] {NAME, (byte) bytes.length});
      params.bytes(bytes);
    }
    if (type == 1) {
      params.bytes(new byte[] {ITERATIONS, (byte) iterations});
      params.bytes(new byte[] {BEACON_HASH, (byte) beaconHash.length});
      params.bytes(beaconHash);
    }
    out.u32(params.size());
    out.bytes(params.toByteArray());
  }
}
