/**
 * Binary Poseidon Merkle trees of the protocol state: the sparse account tree, the small balance
 * trees and the proofs that tie a leaf to a root.
 *
 * <p>Inner nodes are {@code Poseidon(left, right)}, the child at index {@code 2k} is the left one,
 * and an empty subtree of height {@code h} hashes to {@code MerkleZeros.zero(h)} (docs/protocol.md,
 * section 6).
 */
package io.validium.core.merkle;
