package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.SparseRow;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The setup as zk computed it before it ran on all cores: point by point on one thread, one scalar
 * multiplication per matrix entry and per key point. Kept as the reference the parallel setup must
 * reproduce byte for byte.
 */
final class SequentialSetup {

  private SequentialSetup() {}

  /** The initial phase-2 key, summed entry by entry in constraint order. */
  static ProvingKey phase2(ConstraintSystem cs, Phase1Parameters p1) {
    int wires = cs.numWires();
    int publicSignals = cs.numPublicInputs();
    List<Constraint> constraints = cs.constraints();
    int m = constraints.size();
    int n = p1.domainSize();
    G1[] a = infinities(wires);
    G1[] b1 = infinities(wires);
    G2[] b2 = new G2[wires];
    Arrays.fill(b2, G2.INFINITY);
    G1[] abc = infinities(wires);
    List<Coefficient> coefficients = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      Constraint c = constraints.get(k);
      G1 tau = p1.tauLagrange1().get(k);
      SparseRow rowA = c.a();
      for (int t = 0; t < rowA.size(); t++) {
        int s = rowA.wire(t);
        Fr v = rowA.coefficient(t);
        a[s] = a[s].add(tau.multiply(v));
        abc[s] = abc[s].add(p1.betaTauLagrange1().get(k).multiply(v));
        coefficients.add(new Coefficient(0, k, s, v));
      }
      SparseRow rowB = c.b();
      for (int t = 0; t < rowB.size(); t++) {
        int s = rowB.wire(t);
        Fr v = rowB.coefficient(t);
        b1[s] = b1[s].add(tau.multiply(v));
        b2[s] = b2[s].add(p1.tauLagrange2().get(k).multiply(v));
        abc[s] = abc[s].add(p1.alphaTauLagrange1().get(k).multiply(v));
        coefficients.add(new Coefficient(1, k, s, v));
      }
      SparseRow rowC = c.c();
      for (int t = 0; t < rowC.size(); t++) {
        int s = rowC.wire(t);
        abc[s] = abc[s].add(tau.multiply(rowC.coefficient(t)));
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

  /** The insecure phase 1 for the trapdoor, one double-and-add per point. */
  static Phase1Parameters phase1(InsecureTrapdoor t, int n) {
    Fr[] lagrange = lagrangeAt(t.tau(), n);
    Fr[] lagrange2n = lagrangeAt(t.tau(), 2 * n);
    List<G1> tau1 = new ArrayList<>(n);
    List<G2> tau2 = new ArrayList<>(n);
    List<G1> alphaTau = new ArrayList<>(n);
    List<G1> betaTau = new ArrayList<>(n);
    List<G1> odd = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      tau1.add(g1(lagrange[j]));
      tau2.add(G2.GENERATOR.multiply(lagrange[j]).toAffine());
      alphaTau.add(g1(t.alpha().mul(lagrange[j])));
      betaTau.add(g1(t.beta().mul(lagrange[j])));
      odd.add(g1(lagrange2n[2 * j + 1]));
    }
    List<G1> powers = new ArrayList<>(2 * n - 1);
    Fr power = Fr.ONE;
    for (int i = 0; i < 2 * n - 1; i++) {
      powers.add(g1(power));
      power = power.mul(t.tau());
    }
    return new Phase1Parameters(
        n,
        g1(t.alpha()),
        g1(t.beta()),
        G2.GENERATOR.multiply(t.beta()).toAffine(),
        tau1,
        tau2,
        alphaTau,
        betaTau,
        odd,
        powers);
  }

  /** Every point times k, each normalised on its own. */
  static List<G1> scaled(List<G1> points, Fr k) {
    return points.stream().map(p -> p.multiply(k).toAffine()).toList();
  }

  private static Fr[] lagrangeAt(Fr tau, int m) {
    Fr w = io.validium.zk.poly.RootsOfUnity.primitive(Integer.numberOfTrailingZeros(m));
    Fr scale = tau.pow(BigInteger.valueOf(m)).sub(Fr.ONE).mul(Fr.of(m).inverse());
    Fr[] out = new Fr[m];
    Fr wj = Fr.ONE;
    for (int j = 0; j < m; j++) {
      out[j] = scale.mul(wj).mul(tau.sub(wj).inverse());
      wj = wj.mul(w);
    }
    return out;
  }

  private static G1 g1(Fr k) {
    return G1.GENERATOR.multiply(k).toAffine();
  }

  private static G1[] infinities(int n) {
    G1[] out = new G1[n];
    Arrays.fill(out, G1.INFINITY);
    return out;
  }

  private static List<G1> affine(G1[] points) {
    return Arrays.stream(points).map(G1::toAffine).toList();
  }
}
