package io.validium.cli.setup;

import io.validium.cli.UserError;
import io.validium.zk.groth16.Groth16Setup;
import io.validium.zk.groth16.Phase1Parameters;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.snarkjs.BinaryFormatException;
import io.validium.zk.snarkjs.PtauFile;
import java.nio.file.Path;

/**
 * The initial phase-2 key of a circuit from a powers-of-tau file, as `setup new` and `verify` make
 * it.
 */
final class Phase2Start {
  private Phase2Start() {}

  static ProvingKey initialKey(CeremonyCircuit circuit, Path ptauPath) {
    PtauFile ptau = KeyFiles.readPtau(ptauPath);
    int m = circuit.constraints().size();
    int n;
    try {
      n = Groth16Setup.domainSize(m, circuit.publicSignals());
    } catch (IllegalArgumentException e) {
      throw new UserError(circuit.description() + " is too large: " + e.getMessage(), e);
    }
    int log = Integer.numberOfTrailingZeros(n);
    if (log > ptau.power()) {
      throw new UserError(
          ptauPath
              + " holds 2^"
              + ptau.power()
              + " powers of tau; "
              + circuit.description()
              + " has "
              + m
              + " constraints and needs a file of at least 2^"
              + log);
    }
    if (!ptau.isPreparedForPhase2()) {
      throw new UserError(
          ptauPath
              + " is not prepared for phase 2; run `snarkjs powersoftau prepare phase2` on it"
              + " first");
    }
    Phase1Parameters p1;
    try {
      p1 = ptau.phase1(n);
    } catch (BinaryFormatException e) {
      throw new UserError(ptauPath + ": " + KeyFiles.withoutFileName(ptauPath, e.getMessage()), e);
    }
    try {
      return Groth16Setup.phase2(
          circuit.wires(), circuit.publicSignals(), circuit.constraints(), p1);
    } catch (IllegalArgumentException e) {
      throw new UserError(circuit.description() + ": " + e.getMessage(), e);
    }
  }
}
