/**
 * Circuit gadgets over {@link io.validium.zk.r1cs.CircuitBuilder} whose witness computation agrees
 * with the native primitives of {@code io.validium.core}: bits and range checks, comparisons,
 * selection, equality, Poseidon, Baby Jubjub, EdDSA-Poseidon and Merkle paths.
 */
package io.validium.zk.gadgets;
