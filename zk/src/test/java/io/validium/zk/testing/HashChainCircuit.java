package io.validium.zk.testing;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.zk.gadgets.Bits;
import io.validium.zk.gadgets.Comparators;
import io.validium.zk.gadgets.PoseidonGadget;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;

/**
 * A small circuit for proof-system tests: public digest and limit; private x, y, z with digest =
 * Poseidon(Poseidon(x, y), z), x below 2^32 and x < limit. About 550 constraints, so the domain is
 * 1024 and fits the 2^12 powers-of-tau fixture.
 */
public record HashChainCircuit(
    ConstraintSystem cs, Variable digest, Variable limit, Variable x, Variable y, Variable z) {

  /** Builds the circuit. */
  public static HashChainCircuit build() {
    CircuitBuilder api = new CircuitBuilder();
    Variable digest = api.publicInput("digest");
    Variable limit = api.publicInput("limit");
    Variable x = api.privateInput("x");
    Variable y = api.privateInput("y");
    Variable z = api.privateInput("z");
    Bits.rangeCheck(api, x, 32);
    Bits.rangeCheck(api, limit, 32);
    Comparators.assertLessThan(api, x, limit, 32);
    api.assertEqual(PoseidonGadget.hash(api, PoseidonGadget.hash(api, x, y), z), digest, "digest");
    return new HashChainCircuit(api.build(), digest, limit, x, y, z);
  }

  /** The honest witness for x, y, z and limit, the digest computed natively. */
  public Witness solve(long xValue, Fr yValue, Fr zValue, long limitValue) {
    Fr digestValue = Poseidon.hash(Poseidon.hash(Fr.of(xValue), yValue), zValue);
    return cs.solve(
        new Assignment()
            .set(digest, digestValue)
            .set(limit, limitValue)
            .set(x, xValue)
            .set(y, yValue)
            .set(z, zValue));
  }
}
