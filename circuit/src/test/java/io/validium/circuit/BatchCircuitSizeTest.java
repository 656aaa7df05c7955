package io.validium.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.groth16.Groth16Setup;
import org.junit.jupiter.api.Test;

/** The sizes docs/protocol.md 9.4 quotes: a change to the circuit must update them. */
class BatchCircuitSizeTest {
  private static final int PER_SLOT = 36_025;
  private static final int PER_BATCH = 501;

  @Test
  void eachSlotCostsTheSameAndTheBatchAddsAFixedPart() {
    BatchCircuit one = BatchCircuit.forSize(1);
    BatchCircuit two = SharedCircuits.two();

    assertThat(one.system().numConstraints()).isEqualTo(PER_BATCH + PER_SLOT);
    assertThat(two.system().numConstraints()).isEqualTo(PER_BATCH + 2 * PER_SLOT);
    assertThat(two.system().numPublicInputs()).isEqualTo(4);
    assertThat(Groth16Setup.domainSize(two.system().numConstraints(), 4)).isEqualTo(1 << 17);
  }
}
