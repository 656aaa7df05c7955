package io.validium.core.crypto;

import io.validium.core.field.Fr;
import java.math.BigInteger;

/**
 * Evaluates the random linear combination of many EdDSA-Poseidon equations as one multi-scalar
 * multiplication: Σ(zᵢ·Sᵢ mod l)·B8 + Σ zᵢ·(−R8ᵢ) + Σ(zᵢ·hᵢ mod l)·(−8Aᵢ) = O.
 *
 * <p>Straus' method with width-5 NAFs: every variable point has its own table of odd multiples and
 * all of them share one chain of about 253 doublings, so a signature costs about 128/6 + 253/6
 * additions plus its two tables; the B8 term goes through the fixed-base table once per batch. Each
 * term lies in the order-l subgroup (8A always; R8 after {@link SubgroupTest}), which is what
 * allows every scalar to be taken mod l. Variable time: every input is public.
 */
final class BatchEquation {

  private static final int WIDTH = 5;

  // The tables were a tenth of everything the sequencer allocated (2 KiB a point, two points a
  // signature); each verifier thread now reuses one array, overwritten before every read. Only up
  // to 64 signatures' worth is kept, so that a large pool of callers cannot pin much memory.
  private static final int KEPT_LONGS = 2 * 64 * WnafMultiplier.TABLE;
  private static final ThreadLocal<long[]> TABLES = ThreadLocal.withInitial(() -> new long[0]);

  private final EdwardsPoint[] points;
  private final byte[][] nafs;
  private final int capacity;
  private BigInteger sSum = BigInteger.ZERO;
  private int size;

  BatchEquation(int capacity) {
    this.capacity = capacity;
    this.points = new EdwardsPoint[2 * capacity];
    this.nafs = new byte[2 * capacity][];
  }

  /**
   * Adds zᵢ·(S·B8 − R8 − 8h·A) for A and R8 on the curve, s < l, h the challenge as an integer, z
   * the non-negative 128-bit random coefficient.
   */
  void add(Fr ax, Fr ay, Fr r8x, Fr r8y, BigInteger h, BigInteger s, BigInteger z) {
    if (size == capacity) {
      throw new IllegalStateException("batch equation is full");
    }
    sSum = sSum.add(z.multiply(s));
    EdwardsPoint q = new EdwardsPoint();
    q.setAffine(ax, ay);
    q.dbl(false);
    q.dbl(false);
    q.dbl(true);
    q.negate();
    EdwardsPoint r = new EdwardsPoint();
    r.setAffine(r8x, r8y);
    r.negate();
    BigInteger w = z.multiply(h).mod(EdDsaPoseidon.L);
    points[2 * size] = q;
    nafs[2 * size] = ScalarRecoding.wnaf(ScalarRecoding.limbs(w, 4), WIDTH);
    points[2 * size + 1] = r;
    nafs[2 * size + 1] = ScalarRecoding.wnaf(ScalarRecoding.limbs(z, 4), WIDTH);
    size++;
  }

  private static long[] scratch(int longs) {
    if (longs > KEPT_LONGS) {
      return new long[longs];
    }
    long[] t = TABLES.get();
    if (t.length < longs) {
      t = new long[KEPT_LONGS];
      TABLES.set(t);
    }
    return t;
  }

  /** Whether the combination is the identity. */
  boolean holds() {
    int terms = 2 * size;
    long[] tables = scratch(terms * WnafMultiplier.TABLE);
    int top = 0;
    for (int j = 0; j < terms; j++) {
      WnafMultiplier.oddMultiples(points[j], tables, j * WnafMultiplier.TABLE);
      top = Math.max(top, nafs[j].length);
    }
    EdwardsPoint acc = new EdwardsPoint();
    for (int i = top - 1; i >= 0; i--) {
      acc.dbl(true);
      for (int j = 0; j < terms; j++) {
        byte[] naf = nafs[j];
        int digit = i < naf.length ? naf[i] : 0;
        if (digit != 0) {
          acc.addCached(
              tables, j * WnafMultiplier.TABLE + WnafMultiplier.index(digit) * EdwardsPoint.CACHED);
        }
      }
    }
    Base8Table.addMultiple(ScalarRecoding.limbs(sSum.mod(EdDsaPoseidon.L), 4), acc);
    return acc.isIdentity();
  }
}
