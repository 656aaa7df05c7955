package io.validium.cli.setup;

import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.snarkjs.R1csFile;
import java.util.List;

/**
 * The R1CS a ceremony runs on, whether built here (the batch circuit) or read from an .r1cs file.
 *
 * @param description how to name it to a person
 * @param wires wires including the constant one
 * @param publicSignals snarkjs's nPublic
 * @param constraints the constraints in order
 */
record CeremonyCircuit(
    String description, int wires, int publicSignals, List<Constraint> constraints) {

  static CeremonyCircuit of(String description, ConstraintSystem cs) {
    return new CeremonyCircuit(description, cs.numWires(), cs.numPublicInputs(), cs.constraints());
  }

  static CeremonyCircuit of(String description, R1csFile r1cs) {
    return new CeremonyCircuit(description, r1cs.wires(), r1cs.publicSignals(), r1cs.constraints());
  }
}
