/**
 * Rank-1 constraint systems in the style of gnark's frontend: a {@link
 * io.validium.zk.r1cs.CircuitBuilder} records constraints A·B = C over linear combinations of wires
 * together with the hints that solve the witness, and compiles them to a {@link
 * io.validium.zk.r1cs.ConstraintSystem} with the circom/snarkjs wire order (one, public, private,
 * internal).
 */
package io.validium.zk.r1cs;
