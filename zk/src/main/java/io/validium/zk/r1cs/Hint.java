package io.validium.zk.r1cs;

import io.validium.core.field.Fr;

/**
 * Computes wire values off-circuit while the witness is solved: given the values of the hint's
 * input combinations, returns the values of its output wires. Constraints, not the hint, make the
 * outputs binding, so a hint must never throw on inputs an honest prover could not produce (it may
 * return anything, and the constraints then fail).
 */
@FunctionalInterface
public interface Hint {

  /** The output values for these input values; exactly as many as the hint was registered with. */
  Fr[] solve(Fr[] inputs);
}
