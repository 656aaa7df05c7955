package io.validium.l1.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.crypto.Poseidon;
import io.validium.core.crypto.PoseidonParameters;
import io.validium.core.field.Fr;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The optimised schedule the unrolled Poseidon contracts use computes core's Poseidon. */
class OptimizedPoseidonScheduleTest {

  @Test
  void permutesToCoresHashForEveryDeployedWidth() {
    Random random = new Random(5);
    for (int t : PoseidonSolidityGenerator.WIDTHS) {
      OptimizedPoseidonSchedule o = new OptimizedPoseidonSchedule(PoseidonParameters.forWidth(t));
      for (int trial = 0; trial < 5; trial++) {
        Fr[] inputs = new Fr[t - 1];
        Fr[] state = new Fr[t];
        state[0] = Fr.ZERO;
        for (int i = 0; i < t - 1; i++) {
          inputs[i] =
              Fr.of(random.nextLong() & Long.MAX_VALUE)
                  .mul(Fr.of(random.nextInt() & Integer.MAX_VALUE));
          state[i + 1] = inputs[i];
        }
        assertThat(o.permute(state)[0]).as("width %d", t).isEqualTo(Poseidon.hash(inputs));
      }
    }
  }
}
