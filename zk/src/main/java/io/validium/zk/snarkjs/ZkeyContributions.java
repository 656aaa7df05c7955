package io.validium.zk.snarkjs;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.CeremonyTranscript;
import io.validium.zk.groth16.Phase2Contribution;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Section 10 of a zkey: the circuit hash, then each contribution as δ after it, its public key, its
 * transcript, its type and a list of tagged parameters (1 name, 2 beacon iterations, 3 beacon hash)
 * in increasing tag order.
 */
final class ZkeyContributions {

  private static final int HASH_BYTES = 64;
  private static final int NAME = 1;
  private static final int ITERATIONS = 2;
  private static final int BEACON_HASH = 3;
  private static final int MAX_NAME_BYTES = 64;

  /** Three G1 points, one G2 point, the transcript, the type and the parameter length. */
  private static final int MIN_CONTRIBUTION_BYTES =
      3 * Encoding.G1_BYTES + Encoding.G2_BYTES + HASH_BYTES + 8;

  private ZkeyContributions() {}

  static CeremonyTranscript read(SectionReader s) throws BinaryFormatException {
    byte[] csHash = s.bytes(HASH_BYTES, "circuit hash");
    int n = s.u32("contribution count");
    s.require(n, MIN_CONTRIBUTION_BYTES, "contributions");
    List<Phase2Contribution> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String c = "contribution " + (i + 1);
      G1 deltaAfter = s.g1(c + " deltaAfter");
      G1 g1S = s.g1(c + " g1_s");
      G1 g1Sx = s.g1(c + " g1_sx");
      G2 g2Spx = s.g2(c + " g2_spx");
      byte[] transcript = s.bytes(HASH_BYTES, c + " transcript");
      int type = s.u32(c + " type");
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
          requireParam(s, c, params, p, 1);
          iterations = params[p++] & 0xff;
          continue;
        }
        if (tag != NAME && tag != BEACON_HASH) {
          throw s.error(c + " has unknown parameter tag " + tag);
        }
        requireParam(s, c, params, p, 1);
        int len = params[p++] & 0xff;
        requireParam(s, c, params, p, len);
        byte[] value = Arrays.copyOfRange(params, p, p + len);
        p += len;
        if (tag == NAME) {
          name = new String(value, StandardCharsets.UTF_8);
        } else {
          beacon = value;
        }
      }
      out.add(
          new Phase2Contribution(
              deltaAfter, g1S, g1Sx, g2Spx, transcript, type, name, iterations, beacon));
    }
    s.finish();
    return new CeremonyTranscript(csHash, out);
  }

  private static void requireParam(SectionReader s, String c, byte[] params, int p, int n)
      throws BinaryFormatException {
    if (p + n > params.length) {
      throw s.error(c + " parameters end in the middle of a value");
    }
  }

  static void write(LeOutput out, CeremonyTranscript t) {
    out.bytes(t.circuitHash());
    out.u32(t.contributions().size());
    for (Phase2Contribution c : t.contributions()) {
      Encoding.writeG1(out, c.deltaAfter());
      Encoding.writeG1(out, c.g1S());
      Encoding.writeG1(out, c.g1Sx());
      Encoding.writeG2(out, c.g2Spx());
      out.bytes(c.transcript());
      out.u32(c.type());
      LeOutput params = new LeOutput();
      if (!c.name().isEmpty()) {
        byte[] name = truncate(c.name().getBytes(StandardCharsets.UTF_8));
        params.bytes(new byte[] {NAME, (byte) name.length});
        params.bytes(name);
      }
      if (c.type() == 1) {
        params.bytes(new byte[] {ITERATIONS, (byte) c.beaconIterationsExp()});
        params.bytes(new byte[] {BEACON_HASH, (byte) c.beaconHash().length});
        params.bytes(c.beaconHash());
      }
      out.u32(params.size());
      out.bytes(params.toByteArray());
    }
  }

  private static byte[] truncate(byte[] name) {
    // snarkjs keeps the first 64 characters; a length byte cannot say more than 255 anyway.
    return name.length <= MAX_NAME_BYTES ? name : Arrays.copyOf(name, MAX_NAME_BYTES);
  }
}
