package io.validium.zk.r1cs;

/** The kinds of wire, in the order their wires are numbered in a compiled system. */
public enum Visibility {
  /** Wire 0, fixed to the constant one. */
  ONE,
  /** A public input, known to the verifier. */
  PUBLIC,
  /** A private input, supplied by the prover. */
  PRIVATE,
  /** An intermediate wire computed by a hint. */
  INTERNAL
}
