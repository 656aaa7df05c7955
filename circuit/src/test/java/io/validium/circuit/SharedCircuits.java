package io.validium.circuit;

/** Circuits built once per test JVM: a two-slot circuit takes seconds to build. */
final class SharedCircuits {
  private SharedCircuits() {}

  private static final class Two {
    static final BatchCircuit CIRCUIT = BatchCircuit.forSize(2);
  }

  /** The two-slot circuit at the default balance depth. */
  static BatchCircuit two() {
    return Two.CIRCUIT;
  }
}
