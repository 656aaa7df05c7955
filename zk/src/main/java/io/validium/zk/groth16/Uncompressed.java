package io.validium.zk.groth16;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq2;

/**
 * The uncompressed point encoding snarkjs hashes: plain big-endian coordinates, Fq2 as c1 then c0,
 * the point at infinity as zeros.
 */
final class Uncompressed {

  private Uncompressed() {}

  static byte[] g1(G1 p) {
    byte[] out = new byte[64];
    if (!p.isInfinity()) {
      put(p.x(), out, 0);
      put(p.y(), out, 32);
    }
    return out;
  }

  static byte[] g2(G2 p) {
    byte[] out = new byte[128];
    if (!p.isInfinity()) {
      put(p.x(), out, 0);
      put(p.y(), out, 64);
    }
    return out;
  }

  private static void put(Fq2 v, byte[] out, int off) {
    put(v.c1(), out, off);
    put(v.c0(), out, off + 32);
  }

  private static void put(Fq v, byte[] out, int off) {
    // toByteArray may add a leading sign byte; the value itself fits 32 bytes.
    byte[] be = v.toBigInteger().toByteArray();
    int len = Math.min(be.length, 32);
    System.arraycopy(be, be.length - len, out, off + 32 - len, len);
  }
}
