package io.validium.zk.r1cs;

/** Anything that stands for a linear combination of wires: a variable or a combination. */
public sealed interface Linear permits Variable, LinearCombination {

  /** This as a linear combination. */
  LinearCombination toLinearCombination();
}
