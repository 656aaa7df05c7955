package io.validium.zk.gadgets;

import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;

/** A circuit proving a signature on a public message under a public key, the signature private. */
record EdDsaCircuit(
    ConstraintSystem cs,
    Variable ax,
    Variable ay,
    Variable m,
    Variable r8x,
    Variable r8y,
    Variable s) {

  static final EdDsaCircuit INSTANCE = build();

  private static EdDsaCircuit build() {
    CircuitBuilder api = new CircuitBuilder();
    Variable ax = api.publicInput("Ax");
    Variable ay = api.publicInput("Ay");
    Variable m = api.publicInput("M");
    Variable r8x = api.privateInput("R8x");
    Variable r8y = api.privateInput("R8y");
    Variable s = api.privateInput("S");
    EdDsaPoseidonGadget.verify(api, CircuitPoint.of(ax, ay), m, CircuitPoint.of(r8x, r8y), s);
    return new EdDsaCircuit(api.build(), ax, ay, m, r8x, r8y, s);
  }

  Witness solve(EdDsaPublicKey key, Fr message, EdDsaSignature sig) {
    return cs.solve(
        new Assignment()
            .set(ax, key.x())
            .set(ay, key.y())
            .set(m, message)
            .set(r8x, sig.r8x())
            .set(r8y, sig.r8y())
            .set(s, Fr.reduce(sig.s())));
  }
}
