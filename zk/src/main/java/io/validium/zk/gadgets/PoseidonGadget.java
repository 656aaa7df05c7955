package io.validium.zk.gadgets;

import io.validium.core.crypto.PoseidonParameters;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Linear;
import io.validium.zk.r1cs.LinearCombination;

/**
 * Poseidon of 1 to 6 inputs with circomlib's parameters and semantics, the constants and MDS matrix
 * taken from {@link PoseidonParameters} so the gadget and {@code core}'s native hash cannot drift.
 *
 * <p>Each S-box x^5 costs three constraints (x², x⁴, x⁵); the round constants and the MDS layer are
 * linear and free. Full rounds apply t S-boxes and partial rounds one, and the first round's S-box
 * on the capacity element acts on a constant and folds away, which gives circomlib's 240
 * constraints for two inputs.
 */
public final class PoseidonGadget {

  private PoseidonGadget() {}

  /** Poseidon(inputs), as a combination of the last round's wires. */
  public static LinearCombination hash(CircuitBuilder api, Linear... inputs) {
    int t = inputs.length + 1;
    if (t < PoseidonParameters.MIN_WIDTH || t > PoseidonParameters.MAX_WIDTH) {
      throw new IllegalArgumentException("Poseidon takes 1 to 6 inputs, got " + inputs.length);
    }
    PoseidonParameters p = PoseidonParameters.forWidth(t);
    LinearCombination[] state = new LinearCombination[t];
    state[0] = LinearCombination.zero();
    for (int i = 1; i < t; i++) {
      state[i] = inputs[i - 1].toLinearCombination();
    }
    int half = p.fullRounds() / 2;
    try (CircuitBuilder.Scope s = api.scope("poseidon" + inputs.length)) {
      for (int round = 0; round < p.rounds(); round++) {
        boolean full = round < half || round >= half + p.partialRounds();
        for (int i = 0; i < t; i++) {
          state[i] = state[i].add(p.roundConstant(round, i));
        }
        for (int i = 0; i < (full ? t : 1); i++) {
          state[i] = sbox(api, state[i], round);
        }
        state = mix(p, state);
      }
    }
    return state[0];
  }

  private static LinearCombination sbox(CircuitBuilder api, LinearCombination x, int round) {
    LinearCombination x2 = api.mul(x, x, "r" + round + "/x2");
    LinearCombination x4 = api.mul(x2, x2, "r" + round + "/x4");
    return api.mul(x4, x, "r" + round + "/x5");
  }

  private static LinearCombination[] mix(PoseidonParameters p, LinearCombination[] state) {
    int t = state.length;
    LinearCombination[] out = new LinearCombination[t];
    for (int i = 0; i < t; i++) {
      LinearCombination acc = LinearCombination.zero();
      for (int j = 0; j < t; j++) {
        acc = acc.addScaled(p.mds(i, j), state[j]);
      }
      out[i] = acc;
    }
    return out;
  }
}
