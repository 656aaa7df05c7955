/**
 * snarkjs's Groth16 JSON files (vk.json, proof.json, public.json), read strictly and written byte
 * for byte as snarkjs writes them, with a small JSON parser of its own (the module is JDK-only).
 */
package io.validium.zk.snarkjs;
