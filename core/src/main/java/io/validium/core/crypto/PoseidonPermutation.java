package io.validium.core.crypto;

import io.validium.core.field.FrArith;

/**
 * The Poseidon permutation for one width, run on a flat array of Montgomery limbs (element i at
 * {@code [4i, 4i+4)}) with the optimised schedule of {@link PoseidonSchedule}. Stateless apart from
 * its constants, so one instance serves all threads.
 */
final class PoseidonPermutation {

  private static final int L = FrArith.LIMBS;

  private final PoseidonSchedule schedule;
  private final int t;

  PoseidonPermutation(PoseidonSchedule schedule) {
    this.schedule = schedule;
    this.t = schedule.width;
  }

  int width() {
    return t;
  }

  /** Longs of scratch space {@link #permute} needs: t elements for the matrix product plus one. */
  int workSize() {
    return (t + 1) * L;
  }

  /** Permutes {@code state} (t elements) in place; {@code work} must hold {@link #workSize()}. */
  void permute(long[] state, long[] work) {
    PoseidonSchedule s = schedule;
    int half = s.halfFullRounds;
    for (int f = 0; f < half; f++) {
      fullRound(state, work, f, f == half - 1 ? s.preSparse : s.mds);
    }
    int stride = 2 * t - 1;
    for (int k = 0; k < s.partialRounds; k++) {
      partialRound(state, work, k, k * stride * L);
    }
    for (int f = half; f < 2 * half; f++) {
      fullRound(state, work, f, s.mds);
    }
  }

  private void fullRound(long[] state, long[] work, int f, long[] matrix) {
    long[] c = schedule.fullConstants;
    int scratch = t * L;
    for (int i = 0; i < t; i++) {
      FrArith.add(state, i * L, c, (f * t + i) * L, state, i * L);
      FrArith.pow5(state, i * L, state, i * L, work, scratch);
    }
    for (int i = 0; i < t; i++) {
      FrArith.dot(matrix, i * t * L, state, 0, t, work, i * L);
    }
    System.arraycopy(work, 0, state, 0, t * L);
  }

  private void partialRound(long[] state, long[] work, int k, int base) {
    long[] sp = schedule.sparse;
    int scratch = t * L;
    FrArith.add(state, 0, schedule.partialConstants, k * L, state, 0);
    FrArith.pow5(state, 0, state, 0, work, scratch);
    // The first row's product must use element 0 before the column updates below read it.
    FrArith.dot(sp, base, state, 0, t, work, 0);
    int column = base + t * L;
    for (int i = 1; i < t; i++) {
      FrArith.mul(sp, column + (i - 1) * L, state, 0, work, scratch);
      FrArith.add(state, i * L, work, scratch, state, i * L);
    }
    FrArith.copy(work, 0, state, 0);
  }
}
