/** Proving keys of the batch circuit: the insecure development key and the verifying-key digest. */
package io.validium.circuit.keys;
