package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.SparseRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groth16 key generation as snarkjs does it: phase 2 turns phase-1 parameters (from a .ptau file)
 * and an R1CS into an initial key with γ = δ = 1, byte for byte the key {@code snarkjs groth16
 * setup} makes, and {@link #contribute} then multiplies δ by secret randomness.
 *
 * <p>Rows beyond the constraints, one per public signal and wire 0, add a_i = w_i to A: they make
 * the public wires' A polynomials independent, without which a proof could be rebound to other
 * public inputs. An initial key is not secure until at least one honest party has contributed.
 */
public final class Groth16Setup {

  private Groth16Setup() {}

  /** The domain snarkjs picks: the smallest power of two above constraints + public signals. */
  public static int domainSize(int constraints, int publicSignals) {
    long above = (long) constraints + publicSignals;
    int log = Math.max(1, 64 - Long.numberOfLeadingZeros(above));
    if (log > 27) {
      throw new IllegalArgumentException("too many constraints for a domain of at most 2^27");
    }
    return 1 << log;
  }

  /** Phase 2 for a circuit built with CircuitBuilder (no outputs; public inputs are signals). */
  public static ProvingKey phase2(ConstraintSystem cs, Phase1Parameters p1) {
    return phase2(cs.numWires(), cs.numPublicInputs(), cs.constraints(), p1);
  }

  /**
   * Phase 2 for any R1CS, such as one read from an .r1cs file; {@code publicSignals} counts outputs
   * and public inputs together.
   */
  public static ProvingKey phase2(
      int wires, int publicSignals, List<Constraint> constraints, Phase1Parameters p1) {
    int m = constraints.size();
    int n = domainSize(m, publicSignals);
    if (p1.domainSize() != n) {
      throw new IllegalArgumentException(
          "the circuit needs a domain of "
              + n
              + ", the phase-1 parameters are for "
              + p1.domainSize());
    }
    List<Coefficient> coefficients = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      Constraint c = constraints.get(k);
      addEntries(coefficients, 0, k, c.a(), wires);
      addEntries(coefficients, 1, k, c.b(), wires);
    }
    for (int s = 0; s <= publicSignals; s++) {
      coefficients.add(new Coefficient(0, m + s, s, Fr.ONE));
    }
    QueryColumns q = QueryColumns.of(wires, publicSignals, constraints, p1);
    List<G1> ic = List.of(Arrays.copyOfRange(q.abc, 0, publicSignals + 1));
    VerifyingKey vk = VerifyingKey.of(p1.alpha1(), p1.beta2(), G2.GENERATOR, G2.GENERATOR, ic);
    ProvingKey unhashed =
        new ProvingKey(
            vk,
            p1.beta1(),
            G1.GENERATOR,
            wires,
            n,
            coefficients,
            List.of(q.a),
            List.of(q.b1),
            List.of(q.b2),
            List.of(Arrays.copyOfRange(q.abc, publicSignals + 1, wires)),
            p1.oddLagrange1(),
            new CeremonyTranscript(new byte[64], List.of()));
    byte[] csHash = CircuitHash.of(unhashed, p1.tauPowers1());
    return unhashed.withDelta(
        unhashed.delta1(),
        vk.delta2(),
        unhashed.lArray(),
        unhashed.hArray(),
        new CeremonyTranscript(csHash, List.of()));
  }

  /**
   * A complete key from toxic waste derived from {@code seed}: anyone who knows the seed can forge
   * proofs, so this is for development and tests only, never for a deployment.
   */
  public static ProvingKey insecureDevelopmentSetup(ConstraintSystem cs, byte[] seed) {
    InsecureTrapdoor t = InsecureTrapdoor.fromSeed(seed);
    int n = domainSize(cs.numConstraints(), cs.numPublicInputs());
    ProvingKey initial = phase2(cs, t.phase1(n));
    return Phase2Ceremony.contribute(
            initial, t.delta(), t.contributionKey(), "insecure development setup")
        .key();
  }

  /**
   * The phase-1 parameters of domain size {@code n} for the toxic waste derived from {@code seed},
   * as {@link #insecureDevelopmentSetup} uses them: for development, tests and benchmarks only.
   */
  public static Phase1Parameters insecurePhase1(byte[] seed, int n) {
    return InsecureTrapdoor.fromSeed(seed).phase1(n);
  }

  /**
   * Adds a phase-2 contribution with fresh secret randomness mixed with {@code entropy}: δ is
   * multiplied by it and L and H divided by it, and the contribution is recorded as snarkjs records
   * it, so that {@code snarkjs zkey verify} can check it.
   */
  public static ContributionResult contribute(ProvingKey pk, byte[] entropy, String name) {
    return Phase2Ceremony.contribute(pk, entropy, name);
  }

  private static void addEntries(
      List<Coefficient> out, int matrix, int k, SparseRow row, int wires) {
    for (int t = 0; t < row.size(); t++) {
      out.add(new Coefficient(matrix, k, check(row.wire(t), wires), row.coefficient(t)));
    }
  }

  private static int check(int wire, int wires) {
    if (wire < 0 || wire >= wires) {
      throw new IllegalArgumentException("constraint refers to wire " + wire + " of " + wires);
    }
    return wire;
  }
}
