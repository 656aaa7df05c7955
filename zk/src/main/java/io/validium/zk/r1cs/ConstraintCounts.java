package io.validium.zk.r1cs;

/**
 * Sizes of a compiled system, as circom and snarkjs report them.
 *
 * @param constraints number of constraints
 * @param wires all wires, including wire 0
 * @param publicInputs public inputs, excluding wire 0
 * @param privateInputs private inputs
 * @param internalWires wires computed by hints
 */
public record ConstraintCounts(
    int constraints, int wires, int publicInputs, int privateInputs, int internalWires) {}
