package io.validium.zk.snarkjs;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq2;
import io.validium.zk.field.Fq2Arith;
import io.validium.zk.field.FqArith;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * How snarkjs lays out numbers in .zkey and .ptau: base-field coordinates in Montgomery form (R =
 * 2^256, the same R as {@link FqArith}, so the limbs carry over unchanged), little-endian, points
 * affine with the point at infinity as all zeros; Fq2 as c0 then c1.
 *
 * <p>Zkey coefficients are stored multiplied by R² (snarkjs multiplies Montgomery values by them
 * and by plain witness values, and the two factors of R cancel), so they need their own codec.
 */
final class Encoding {

  /** Bytes of one affine G1 point. */
  static final int G1_BYTES = 64;

  /** Bytes of one affine G2 point. */
  static final int G2_BYTES = 128;

  /** Bytes of one field element. */
  static final int FIELD_BYTES = 32;

  static final long[] R_LIMBS = limbsOf(Fr.MODULUS);
  static final long[] Q_LIMBS = limbsOf(Fq.MODULUS);

  private Encoding() {}

  static long[] limbsOf(BigInteger v) {
    long[] out = new long[4];
    for (int i = 0; i < 4; i++) {
      out[i] = v.shiftRight(64 * i).longValue();
    }
    return out;
  }

  /** Whether the little-endian limbs {@code a} are below {@code modulus}. */
  static boolean below(long[] a, long[] modulus) {
    for (int i = 3; i >= 0; i--) {
      int c = Long.compareUnsigned(a[i], modulus[i]);
      if (c != 0) {
        return c < 0;
      }
    }
    return false;
  }

  static G1 readG1(ByteBuffer b) {
    long[] m = new long[8];
    for (int i = 0; i < 8; i++) {
      m[i] = b.getLong();
    }
    if (allZero(m)) {
      return G1.INFINITY;
    }
    checkFq(m, 0, "x");
    checkFq(m, 4, "y");
    G1 p = G1.fromAffine(FqArith.toFq(m, 0), FqArith.toFq(m, 4));
    if (!p.isOnCurve()) {
      throw new IllegalArgumentException("the point is not on the curve");
    }
    return p;
  }

  static G2 readG2(ByteBuffer b) {
    long[] m = new long[16];
    for (int i = 0; i < 16; i++) {
      m[i] = b.getLong();
    }
    if (allZero(m)) {
      return G2.INFINITY;
    }
    checkFq(m, 0, "x.c0");
    checkFq(m, 4, "x.c1");
    checkFq(m, 8, "y.c0");
    checkFq(m, 12, "y.c1");
    G2 p = G2.fromAffine(Fq2Arith.toFq2(m, 0), Fq2Arith.toFq2(m, 8));
    if (!p.isOnCurve()) {
      throw new IllegalArgumentException("the point is not on the twist");
    }
    return p;
  }

  private static void checkFq(long[] m, int off, String coordinate) {
    long[] l = {m[off], m[off + 1], m[off + 2], m[off + 3]};
    if (!below(l, Q_LIMBS)) {
      throw new IllegalArgumentException(coordinate + " is not below the base-field modulus");
    }
  }

  private static boolean allZero(long[] m) {
    for (long v : m) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  static void writeG1(LeOutput out, G1 p) {
    if (p.isInfinity()) {
      out.zeros(G1_BYTES);
      return;
    }
    writeFq(out, p.x());
    writeFq(out, p.y());
  }

  static void writeG2(LeOutput out, G2 p) {
    if (p.isInfinity()) {
      out.zeros(G2_BYTES);
      return;
    }
    writeFq2(out, p.x());
    writeFq2(out, p.y());
  }

  private static void writeFq2(LeOutput out, Fq2 v) {
    writeFq(out, v.c0());
    writeFq(out, v.c1());
  }

  private static void writeFq(LeOutput out, Fq v) {
    long[] m = new long[4];
    FqArith.load(v, m, 0);
    out.limbs(m);
  }

  /** A plain field element, as .r1cs and .wtns hold them. */
  static void writeFr(LeOutput out, Fr v) {
    out.limbs(v.toCanonicalLimbs());
  }

  /** Decodes a zkey coefficient: the stored value is the coefficient times R², modulo r. */
  static Fr zkeyCoefficient(long[] stored) {
    long[] once = new long[4];
    FrArith.fromMontgomery(stored, 0, once, 0);
    long[] twice = new long[4];
    FrArith.fromMontgomery(once, 0, twice, 0);
    return Fr.fromCanonicalLimbs(twice);
  }

  /** Encodes a zkey coefficient as the coefficient times R², modulo r. */
  static long[] zkeyCoefficientLimbs(Fr v) {
    long[] once = new long[4];
    FrArith.toMontgomery(v.toCanonicalLimbs(), 0, once, 0);
    long[] twice = new long[4];
    FrArith.toMontgomery(once, 0, twice, 0);
    return twice;
  }
}
