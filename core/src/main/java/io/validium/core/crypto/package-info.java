/** Hashing over the BN254 scalar field: Poseidon with circomlib parameters and Merkle helpers. */
package io.validium.core.crypto;
