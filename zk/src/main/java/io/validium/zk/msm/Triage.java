package io.validium.zk.msm;

/**
 * The points of an MSM sorted by how they must be handled: dropped (infinity, or scalar zero),
 * simply added (scalar one), or multiplied (the rest, whose scalars are copied out contiguously).
 *
 * @param general indices of the points to multiply, first {@code m} entries
 * @param scalars the scalars of those points, four limbs each, in the same order
 * @param m how many points to multiply
 * @param ones indices of the points with scalar one, first {@code o} entries
 * @param o how many points have scalar one
 */
record Triage(int[] general, long[] scalars, int m, int[] ones, int o) {

  /** One pass over the inputs. */
  static Triage of(AffineBases bases, long[] scalars) {
    int n = bases.size;
    int[] general = new int[n];
    int[] ones = new int[n];
    int m = 0;
    int o = 0;
    for (int i = 0; i < n; i++) {
      int off = i * Scalars.LIMBS;
      if (bases.infinite[i] || Scalars.isZero(scalars, off)) {
        continue;
      }
      if (Scalars.isOne(scalars, off)) {
        ones[o++] = i;
      } else {
        general[m++] = i;
      }
    }
    long[] compact = new long[m * Scalars.LIMBS];
    for (int j = 0; j < m; j++) {
      System.arraycopy(
          scalars, general[j] * Scalars.LIMBS, compact, j * Scalars.LIMBS, Scalars.LIMBS);
    }
    return new Triage(general, compact, m, ones, o);
  }
}
