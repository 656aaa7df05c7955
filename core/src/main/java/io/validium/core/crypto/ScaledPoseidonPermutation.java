package io.validium.core.crypto;

import io.validium.core.field.FrArith;

/**
 * The Poseidon permutation run with {@link ScaledPoseidonSchedule}, returning only element 0 (the
 * hash). A partial round costs the S-box, one t-term dot product, t-2 multiplications and one
 * addition: one multiplication and t-1 additions fewer than in {@link PoseidonPermutation}; in
 * pairs of partial rounds the t-2 multiplications of both rounds are done as t-2 two-term dot
 * products in the second. The last round computes element 0 only. Stateless apart from its
 * constants.
 */
final class ScaledPoseidonPermutation {

  private static final int L = FrArith.LIMBS;

  private final ScaledPoseidonSchedule s;
  private final int t;

  ScaledPoseidonPermutation(ScaledPoseidonSchedule schedule) {
    this.s = schedule;
    this.t = schedule.width;
  }

  /** Longs of scratch space {@link #hash} needs. */
  int workSize() {
    return (t + 1) * L;
  }

  /**
   * Permutes the state [0, inputs...] whose inputs are elements 1..t-1 of {@code state} (element 0
   * is ignored) and leaves the hash in element 0; the other elements are left unspecified.
   */
  void hash(long[] state, long[] work) {
    int h = s.halfFullRounds;
    int scratch = t * L;
    for (int j = 1; j < t; j++) {
      FrArith.add(state, j * L, s.inputConstants, (j - 1) * L, work, j * L);
      FrArith.pow5(work, j * L, work, j * L, work, scratch);
    }
    for (int i = 0; i < t; i++) {
      int row = i * t * L;
      FrArith.dotPlus(s.fullMatrices, row + L, work, L, t - 1, s.fullAddends, i * L, state, i * L);
    }
    for (int f = 1; f < h; f++) {
      fullRound(state, work, f, t);
    }
    int k = 0;
    for (; k < s.pairedRounds; k += 2) {
      deferringRound(state, work, k, scratch);
      catchingUpRound(state, work, k + 1, scratch);
    }
    for (; k < s.partialRounds; k++) {
      partialRound(state, work, k, scratch);
    }
    for (int j = 1; j < t; j++) {
      FrArith.add(state, j * L, s.tailConstants, (j - 1) * L, state, j * L);
    }
    for (int f = h; f < 2 * h - 1; f++) {
      fullRound(state, work, f, t);
    }
    fullRound(state, work, 2 * h - 1, 1);
  }

  /** One full round computing the first {@code rows} outputs. */
  private void fullRound(long[] state, long[] work, int f, int rows) {
    int scratch = t * L;
    for (int j = 0; j < t; j++) {
      FrArith.pow5(state, j * L, work, j * L, work, scratch);
    }
    int matrix = f * t * t * L;
    int addends = f * t * L;
    for (int i = 0; i < rows; i++) {
      FrArith.dotPlus(
          s.fullMatrices,
          matrix + i * t * L,
          work,
          0,
          t,
          s.fullAddends,
          addends + i * L,
          state,
          i * L);
    }
  }

  /**
   * The first round of a pair: updates element 1 only and keeps its S-box output in work element 0
   * for the next round's column updates.
   */
  private void deferringRound(long[] state, long[] work, int k, int scratch) {
    FrArith.pow5(state, 0, state, 0, work, scratch);
    FrArith.copy(state, 0, work, 0);
    FrArith.add(state, L, state, 0, state, L);
    FrArith.dotPlus(s.partialRows, k * t * L, state, 0, t, s.partialAddends, k * L, state, 0);
  }

  /** The second round of a pair: elements 2..t-1 take both rounds' column updates at once. */
  private void catchingUpRound(long[] state, long[] work, int k, int scratch) {
    FrArith.pow5(state, 0, work, L, work, scratch);
    FrArith.copy(work, L, state, 0);
    FrArith.add(state, L, state, 0, state, L);
    int columns = (k - 1) * (t - 2) * L;
    for (int j = 2; j < t; j++) {
      FrArith.dotPlus(
          s.partialColumns, columns + 2 * (j - 2) * L, work, 0, 2, state, j * L, state, j * L);
    }
    FrArith.dotPlus(s.partialRows, k * t * L, state, 0, t, s.partialAddends, k * L, state, 0);
  }

  private void partialRound(long[] state, long[] work, int k, int scratch) {
    FrArith.pow5(state, 0, state, 0, work, scratch);
    FrArith.add(state, L, state, 0, state, L);
    int columns = k * (t - 2) * L;
    for (int j = 2; j < t; j++) {
      FrArith.mulPlus(
          s.partialColumns, columns + (j - 2) * L, state, 0, state, j * L, state, j * L);
    }
    // The row was rewritten for the updated elements, so element 0 is replaced in place.
    FrArith.dotPlus(s.partialRows, k * t * L, state, 0, t, s.partialAddends, k * L, state, 0);
  }
}
