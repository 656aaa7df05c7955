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
    G1[] a = infinities1(wires);
    G1[] b1 = infinities1(wires);
    G2[] b2 = new G2[wires];
    Arrays.fill(b2, G2.INFINITY);
    G1[] abc = infinities1(wires);
    List<Coefficient> coefficients = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      Constraint c = constraints.get(k);
      G1 tau = p1.tauLagrange1().get(k);
      SparseRow rowA = c.a();
      for (int t = 0; t < rowA.size(); t++) {
        int s = check(rowA.wire(t), wires);
        Fr v = rowA.coefficient(t);
        a[s] = a[s].add(times(tau, v));
        abc[s] = abc[s].add(times(p1.betaTauLagrange1().get(k), v));
        coefficients.add(new Coefficient(0, k, s, v));
      }
      SparseRow rowB = c.b();
      for (int t = 0; t < rowB.size(); t++) {
        int s = check(rowB.wire(t), wires);
        Fr v = rowB.coefficient(t);
        b1[s] = b1[s].add(times(tau, v));
        G2 tau2 = p1.tauLagrange2().get(k);
        b2[s] = b2[s].add(Fr.ONE.equals(v) ? tau2 : tau2.multiply(v));
        abc[s] = abc[s].add(times(p1.alphaTauLagrange1().get(k), v));
        coefficients.add(new Coefficient(1, k, s, v));
      }
      SparseRow rowC = c.c();
      for (int t = 0; t < rowC.size(); t++) {
        int s = check(rowC.wire(t), wires);
        abc[s] = abc[s].add(times(tau, rowC.coefficient(t)));
      }
    }
    for (int s = 0; s <= publicSignals; s++) {
      a[s] = a[s].add(p1.tauLagrange1().get(m + s));
      abc[s] = abc[s].add(p1.betaTauLagrange1().get(m + s));
      coefficients.add(new Coefficient(0, m + s, s, Fr.ONE));
    }
    List<G1> ic = affine(Arrays.copyOfRange(abc, 0, publicSignals + 1));
    VerifyingKey vk = VerifyingKey.of(p1.alpha1(), p1.beta2(), G2.GENERATOR, G2.GENERATOR, ic);
    ProvingKey unhashed =
        new ProvingKey(
            vk,
            p1.beta1(),
            G1.GENERATOR,
            wires,
            n,
            coefficients,
            affine(a),
            affine(b1),
            Arrays.stream(b2).map(G2::toAffine).toList(),
            affine(Arrays.copyOfRange(abc, publicSignals + 1, wires)),
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

  private static G1 times(G1 p, Fr v) {
    return Fr.ONE.equals(v) ? p : p.multiply(v);
  }

  private static int check(int wire, int wires) {
    if (wire < 0 || wire >= wires) {
      throw new IllegalArgumentException("constraint refers to wire " + wire + " of " + wires);
    }
    return wire;
  }

  private static G1[] infinities1(int n) {
    G1[] out = new G1[n];
    Arrays.fill(out, G1.INFINITY);
    return out;
  }

  private static List<G1> affine(G1[] points) {
    return Arrays.stream(points).map(G1::toAffine).toList();
  }
}
