package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schedule's public constants, applied with plain {@link Fr} arithmetic the way a code
 * generator unrolls them, compute core's Poseidon; indices outside the schedule are refused.
 */
class PoseidonScheduleTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6, 7})
  void publicConstantsPermuteToCoresHash(int t) {
    PoseidonSchedule s = PoseidonSchedule.of(PoseidonParameters.forWidth(t));
    assertThat(s.width()).isEqualTo(t);
    Random random = new Random(t);
    for (int trial = 0; trial < 3; trial++) {
      Fr[] inputs = new Fr[t - 1];
      Fr[] state = new Fr[t];
      state[0] = Fr.ZERO;
      for (int i = 0; i < t - 1; i++) {
        inputs[i] = Fr.of(random.nextLong() & Long.MAX_VALUE).mul(Fr.of(random.nextInt() >>> 1));
        state[i + 1] = inputs[i];
      }
      assertThat(permute(s, state)[0]).as("width %d", t).isEqualTo(Poseidon.hash(inputs));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3})
  void refusesIndicesOutsideTheSchedule(int bad) {
    PoseidonSchedule s = PoseidonSchedule.of(PoseidonParameters.forWidth(3));
    assertThatThrownBy(() -> s.mds(bad, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.preSparse(0, bad)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.sparseRow(0, bad)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.fullConstant(8, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.partialConstant(s.partialRounds()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.sparseColumn(0, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** The optimised permutation from the accessors only. */
  private static Fr[] permute(PoseidonSchedule p, Fr[] input) {
    int t = p.width();
    int half = p.halfFullRounds();
    Fr[] s = input.clone();
    for (int f = 0; f < half; f++) {
      full(p, s, f, f == half - 1);
    }
    for (int k = 0; k < p.partialRounds(); k++) {
      s[0] = s[0].add(p.partialConstant(k)).pow5();
      Fr s0 = s[0];
      Fr acc = Fr.ZERO;
      for (int j = 0; j < t; j++) {
        acc = acc.add(p.sparseRow(k, j).mul(s[j]));
      }
      for (int i = 1; i < t; i++) {
        s[i] = s[i].add(p.sparseColumn(k, i).mul(s0));
      }
      s[0] = acc;
    }
    for (int f = half; f < 2 * half; f++) {
      full(p, s, f, false);
    }
    return s;
  }

  private static void full(PoseidonSchedule p, Fr[] s, int f, boolean preSparse) {
    int t = p.width();
    for (int i = 0; i < t; i++) {
      s[i] = s[i].add(p.fullConstant(f, i)).pow5();
    }
    Fr[] out = new Fr[t];
    for (int i = 0; i < t; i++) {
      Fr acc = Fr.ZERO;
      for (int j = 0; j < t; j++) {
        acc = acc.add((preSparse ? p.preSparse(i, j) : p.mds(i, j)).mul(s[j]));
      }
      out[i] = acc;
    }
    System.arraycopy(out, 0, s, 0, t);
  }
}
