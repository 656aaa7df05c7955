package io.validium.core.crypto;

import io.validium.core.field.Fr;

/**
 * Evaluates the EdDSA-Poseidon equation S·B8 = R8 + h·(8A) in one pass of about 128 doublings.
 *
 * <p>With c, d from {@link ScalarLattice} (c odd, d ≡ c·h mod l, both about 127 bits) the equation
 * holds iff (c·S mod l)·B8 + d·(-8A) + c·(-R8) = O; the B8 term is split into 128-bit halves over
 * precomputed tables, so all four terms share one doubling chain. 8A lies in the order-l subgroup,
 * which is what allows h to be taken mod l. Variable time: every input here is public.
 */
final class VerificationEquation {

  private static final int WIDTH = 5;

  private VerificationEquation() {}

  /** For A and R8 on the curve, h below p and s below l (canonical little-endian limbs). */
  static boolean holds(Fr ax, Fr ay, Fr r8x, Fr r8y, long[] h, long[] s) {
    ScalarLattice lattice = new ScalarLattice();
    lattice.decompose(h);
    long[] sPrime = new long[4];
    lattice.multiplyModL(s, sPrime);

    EdwardsPoint q = new EdwardsPoint();
    q.setAffine(ax, ay);
    q.dbl(false);
    q.dbl(false);
    q.dbl(true);
    if (!lattice.dNegative) {
      q.negate();
    }
    EdwardsPoint r = new EdwardsPoint();
    r.setAffine(r8x, r8y);
    r.negate();
    long[] qTable = WnafMultiplier.oddMultiples(q);
    long[] rTable = WnafMultiplier.oddMultiples(r);
    long[] bTable = Base8OddMultiples.table();

    byte[] dq = ScalarRecoding.wnaf(lattice.d, WIDTH);
    byte[] dr = ScalarRecoding.wnaf(lattice.c, WIDTH);
    byte[] b0 = ScalarRecoding.wnaf(new long[] {sPrime[0], sPrime[1]}, Base8OddMultiples.WIDTH);
    byte[] b1 = ScalarRecoding.wnaf(new long[] {sPrime[2], sPrime[3]}, Base8OddMultiples.WIDTH);

    EdwardsPoint acc = new EdwardsPoint();
    int top = Math.max(Math.max(dq.length, dr.length), Math.max(b0.length, b1.length)) - 1;
    for (int i = top; i >= 0; i--) {
      int kq = digit(dq, i);
      int kr = digit(dr, i);
      int k0 = digit(b0, i);
      int k1 = digit(b1, i);
      int adds = count(kq) + count(kr) + count(k0) + count(k1);
      acc.dbl(adds > 0);
      // The last addition at a position feeds only the next doubling (or the final identity
      // test), neither of which reads T.
      if (kq != 0) {
        acc.addCached(qTable, WnafMultiplier.index(kq) * EdwardsPoint.CACHED, --adds > 0);
      }
      if (kr != 0) {
        acc.addCached(rTable, WnafMultiplier.index(kr) * EdwardsPoint.CACHED, --adds > 0);
      }
      if (k0 != 0) {
        acc.addAffine(bTable, Base8OddMultiples.offset(0, k0), --adds > 0);
      }
      if (k1 != 0) {
        acc.addAffine(bTable, Base8OddMultiples.offset(1, k1), --adds > 0);
      }
    }
    return acc.isIdentity();
  }

  private static int digit(byte[] naf, int i) {
    return i < naf.length ? naf[i] : 0;
  }

  private static int count(int digit) {
    return digit != 0 ? 1 : 0;
  }
}
