/**
 * Cryptography over the BN254 scalar field: Poseidon with circomlib parameters, Merkle helpers, the
 * Baby Jubjub curve and EdDSA-Poseidon signatures.
 */
package io.validium.core.crypto;
