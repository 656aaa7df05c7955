package io.validium.zk.msm;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.math.BigInteger;
import java.util.Random;

/** Reproducible MSM inputs from a seed, and the naive Σ kᵢ·Pᵢ to check against. */
final class MsmInputs {

  private MsmInputs() {}

  /** n distinct points P, P + Q, P + 2Q, ...: two scalar multiplications, then one add each. */
  static G1[] g1Points(Random random, int n) {
    G1[] points = new G1[n];
    G1 step = G1.GENERATOR.multiply(randomScalar(random));
    G1 p = G1.GENERATOR.multiply(randomScalar(random));
    for (int i = 0; i < n; i++) {
      points[i] = p;
      p = p.add(step);
    }
    return points;
  }

  /** n distinct G2 points, made as {@link #g1Points} makes G1 points. */
  static G2[] g2Points(Random random, int n) {
    G2[] points = new G2[n];
    G2 step = G2.GENERATOR.multiply(randomScalar(random));
    G2 p = G2.GENERATOR.multiply(randomScalar(random));
    for (int i = 0; i < n; i++) {
      points[i] = p;
      p = p.add(step);
    }
    return points;
  }

  /** A uniform scalar below r. */
  static BigInteger randomScalar(Random random) {
    BigInteger k;
    do {
      k = new BigInteger(Fr.MODULUS.bitLength(), random);
    } while (k.compareTo(Fr.MODULUS) >= 0);
    return k;
  }

  /** n scalars, a mix of uniform ones and the special values 0, 1, 2, r - 1 and small ones. */
  static Fr[] scalars(Random random, int n) {
    Fr[] out = new Fr[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      out[i] =
          switch (kind) {
            case 0 -> Fr.ZERO;
            case 1 -> Fr.ONE;
            case 2 -> Fr.ONE.neg();
            case 3 -> Fr.of(random.nextInt(1 << 20));
            default -> Fr.fromBigInteger(randomScalar(random));
          };
    }
    return out;
  }

  /** The canonical limbs of the scalars, four per scalar. */
  static long[] limbs(Fr[] scalars) {
    long[] out = new long[4 * scalars.length];
    for (int i = 0; i < scalars.length; i++) {
      System.arraycopy(scalars[i].toCanonicalLimbs(), 0, out, 4 * i, 4);
    }
    return out;
  }

  static G1 naive(G1[] bases, Fr[] scalars) {
    G1 sum = G1.INFINITY;
    for (int i = 0; i < bases.length; i++) {
      sum = sum.add(bases[i].multiply(scalars[i]));
    }
    return sum;
  }

  static G2 naive(G2[] bases, Fr[] scalars) {
    G2 sum = G2.INFINITY;
    for (int i = 0; i < bases.length; i++) {
      sum = sum.add(bases[i].multiply(scalars[i]));
    }
    return sum;
  }
}
