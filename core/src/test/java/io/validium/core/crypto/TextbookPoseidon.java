package io.validium.core.crypto;

import io.validium.core.field.Fr;

/**
 * Poseidon written the way the paper states it (add constants, S-box, full MDS product, every
 * round), straight from {@link PoseidonParameters}: the yardstick for the optimised permutation.
 */
final class TextbookPoseidon {

  private TextbookPoseidon() {}

  static Fr hash(Fr... inputs) {
    PoseidonParameters p = PoseidonParameters.forWidth(inputs.length + 1);
    int t = p.width();
    Fr[] state = new Fr[t];
    state[0] = Fr.ZERO;
    System.arraycopy(inputs, 0, state, 1, inputs.length);
    int half = p.fullRounds() / 2;
    for (int r = 0; r < p.rounds(); r++) {
      boolean full = r < half || r >= half + p.partialRounds();
      for (int i = 0; i < t; i++) {
        state[i] = state[i].add(p.roundConstant(r, i));
        if (full || i == 0) {
          state[i] = state[i].pow5();
        }
      }
      Fr[] next = new Fr[t];
      for (int i = 0; i < t; i++) {
        Fr acc = Fr.ZERO;
        for (int j = 0; j < t; j++) {
          acc = acc.add(p.mds(i, j).mul(state[j]));
        }
        next[i] = acc;
      }
      state = next;
    }
    return state[0];
  }
}
