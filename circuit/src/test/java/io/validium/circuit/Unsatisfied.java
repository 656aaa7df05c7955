package io.validium.circuit;

import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.UnsatisfiedConstraint;
import java.util.Optional;

/** Solves an assignment honestly and names the first constraint the result violates. */
final class Unsatisfied {
  private Unsatisfied() {}

  static Optional<String> firstLabel(BatchCircuit circuit, Assignment assignment) {
    return circuit
        .system()
        .firstUnsatisfied(circuit.solve(assignment))
        .map(UnsatisfiedConstraint::label);
  }
}
