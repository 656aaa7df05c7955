package io.validium.benchmarks.prover;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.zk.gadgets.PoseidonGadget;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.snarkjs.R1csFile;
import io.validium.zk.snarkjs.WtnsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A prover benchmark circuit of just under 2^k constraints: h₀ = x, hᵢ₊₁ = Poseidon(hᵢ, y) for as
 * many 240-constraint hashes as fit in the size-2^k domain, and the last hash equal to the public
 * input {@code digest}.
 */
public record BenchCircuit(ConstraintSystem cs, Witness witness, int hashes) {

  private static final int POSEIDON2_CONSTRAINTS = 240;

  /** Room left in the domain for the digest constraint and snarkjs's public-input rows. */
  private static final int SLACK = 8;

  /** Builds the circuit for domain size 2^k and solves it for fixed x and y. */
  public static BenchCircuit build(int k) {
    if (k < 9 || k > 24) {
      throw new IllegalArgumentException("k must be in 9..24, got " + k);
    }
    int hashes = ((1 << k) - SLACK) / POSEIDON2_CONSTRAINTS;
    CircuitBuilder api = new CircuitBuilder();
    Variable digest = api.publicInput("digest");
    Variable x = api.privateInput("x");
    Variable y = api.privateInput("y");
    LinearCombination h = x.toLinearCombination();
    Fr xValue = Fr.of(20_260_000_001L);
    Fr yValue = Fr.of(42);
    Fr hValue = xValue;
    for (int i = 0; i < hashes; i++) {
      h = PoseidonGadget.hash(api, h, y);
      hValue = Poseidon.hash(hValue, yValue);
    }
    api.assertEqual(h, digest, "digest");
    ConstraintSystem cs = api.build();
    Witness w = cs.solve(new Assignment().set(digest, hValue).set(x, xValue).set(y, yValue));
    if (!cs.isSatisfied(w)) {
      throw new IllegalStateException("the benchmark witness does not satisfy its circuit");
    }
    return new BenchCircuit(cs, w, hashes);
  }

  /** Writes {@code circuit.r1cs} and {@code circuit.wtns} into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    R1csFile.of(cs).write(dir.resolve("circuit.r1cs"));
    WtnsFile.write(witness.values(), dir.resolve("circuit.wtns"));
  }

  /** {@code BenchCircuit k dir}: builds the 2^k circuit and writes its .r1cs and .wtns. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchCircuit <k> <output dir>");
      System.exit(2);
    }
    BenchCircuit c = build(Integer.parseInt(args[0]));
    c.write(Path.of(args[1]));
    System.out.printf(
        "k=%s: %d Poseidon(2) hashes, %d constraints, %d wires -> %s%n",
        args[0], c.hashes(), c.cs().numConstraints(), c.cs().numWires(), args[1]);
  }
}
