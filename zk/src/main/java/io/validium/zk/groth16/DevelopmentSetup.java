package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.poly.RootsOfUnity;
import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.SparseRow;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An INSECURE Groth16 key computed by whoever holds the toxic waste, fast enough for real batch
 * circuits: for development networks and tests only, never for a deployment.
 *
 * <p>The trapdoor τ, α, β, δ comes from a seed (the same derivation as {@link
 * Groth16Setup#insecureDevelopmentSetup}), so anyone who knows the seed can forge proofs. Instead
 * of running phase 1 and phase 2 point by point (one variable-base multiplication per matrix entry,
 * about 800,000 per batch slot), every wire's QAP polynomials are evaluated at τ in the field and
 * each key point is one fixed-base multiplication from a window table of the generator. The key has
 * the layout of zk's ceremony output (the extra A rows for the public wires, γ = 1, the H query on
 * the odd points of the 2n-domain), so the prover, the verifier and the snarkjs file formats treat
 * it like any other key; only its secrecy is missing. Its transcript carries no circuit hash and no
 * contributions, which is how a ceremony-made key can be told apart.
 */
public final class DevelopmentSetup {
  private DevelopmentSetup() {}

  /**
   * The insecure key of {@code cs} for the trapdoor derived from {@code seed}.
   *
   * @param cs the circuit
   * @param seed public, so the key is reproducible and worthless for security
   */
  public static ProvingKey insecure(ConstraintSystem cs, byte[] seed) {
    InsecureTrapdoor t = InsecureTrapdoor.fromSeed(seed);
    int m = cs.numConstraints();
    int publics = cs.numPublicInputs();
    int wires = cs.numWires();
    int n = Groth16Setup.domainSize(m, publics);
    Fr[] lagrange = lagrangeAt(t.tau(), n);

    Fr[] a = zeros(wires);
    Fr[] b = zeros(wires);
    Fr[] c = zeros(wires);
    List<Coefficient> coefficients = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      Constraint row = cs.constraints().get(k);
      accumulate(row.a(), lagrange[k], a, coefficients, 0, k);
      accumulate(row.b(), lagrange[k], b, coefficients, 1, k);
      accumulate(row.c(), lagrange[k], c, null, -1, k);
    }
    // The extra rows x_s·1 = 0 for the public wires keep the IC points independent (snarkjs's
    // layout): without them a public input absent from A and B could be changed at will.
    for (int s = 0; s <= publics; s++) {
      a[s] = a[s].add(lagrange[m + s]);
      coefficients.add(new Coefficient(0, m + s, s, Fr.ONE));
    }
    Fr[] abc = new Fr[wires];
    for (int i = 0; i < wires; i++) {
      abc[i] = t.beta().mul(a[i]).add(t.alpha().mul(b[i])).add(c[i]);
    }
    Fr[] lagrange2n = lagrangeAt(t.tau(), 2 * n);
    Fr[] odd = new Fr[n];
    for (int j = 0; j < n; j++) {
      odd[j] = lagrange2n[2 * j + 1];
    }

    Fr deltaInverse = t.delta().inverse();
    FixedBase<G1> g1 = FixedBase.g1();
    FixedBase<G2> g2 = FixedBase.g2();
    List<G1> ic = List.of(g1.affineTimes(Arrays.copyOfRange(abc, 0, publics + 1), Fr.ONE));
    VerifyingKey vk =
        VerifyingKey.of(
            g1.affineTimes(t.alpha()),
            g2.affineTimes(t.beta()),
            G2.GENERATOR.toAffine(),
            g2.affineTimes(t.delta()),
            ic);
    return new ProvingKey(
        vk,
        g1.affineTimes(t.beta()),
        g1.affineTimes(t.delta()),
        wires,
        n,
        coefficients,
        List.of(g1.affineTimes(a, Fr.ONE)),
        List.of(g1.affineTimes(b, Fr.ONE)),
        List.of(g2.affineTimes(b, Fr.ONE)),
        List.of(g1.affineTimes(Arrays.copyOfRange(abc, publics + 1, wires), deltaInverse)),
        List.of(g1.affineTimes(odd, deltaInverse)),
        new CeremonyTranscript(new byte[64], List.of()));
  }

  private static void accumulate(
      SparseRow row, Fr lk, Fr[] into, List<Coefficient> out, int matrix, int k) {
    for (int i = 0; i < row.size(); i++) {
      int wire = row.wire(i);
      Fr v = row.coefficient(i);
      into[wire] = into[wire].add(v.mul(lk));
      if (out != null) {
        out.add(new Coefficient(matrix, k, wire, v));
      }
    }
  }

  /**
   * The nonzero scalar this setup derives from {@code seed} for {@code label} ("tau", "alpha",
   * "beta", ...), so that benchmark tools can make parameters from the same insecure trapdoor.
   */
  public static Fr seededScalar(byte[] seed, String label) {
    return InsecureTrapdoor.derive(seed, label);
  }

  /**
   * L_j(τ) = (τ^size − 1)·ω^j / (size·(τ − ω^j)) on the size-domain, one batched inversion; τ must
   * not be a size-th root of unity.
   */
  public static Fr[] lagrangeAt(Fr tau, int size) {
    Fr w = RootsOfUnity.primitive(Integer.numberOfTrailingZeros(size));
    Fr[] powers = new Fr[size];
    Fr[] denominators = new Fr[size];
    Fr wj = Fr.ONE;
    for (int j = 0; j < size; j++) {
      powers[j] = wj;
      denominators[j] = tau.sub(wj);
      wj = wj.mul(w);
    }
    Fr[] inverses = batchInverse(denominators);
    Fr scale = tau.pow(BigInteger.valueOf(size)).sub(Fr.ONE).mul(Fr.of(size).inverse());
    Fr[] out = new Fr[size];
    for (int j = 0; j < size; j++) {
      out[j] = scale.mul(powers[j]).mul(inverses[j]);
    }
    return out;
  }

  private static Fr[] batchInverse(Fr[] values) {
    Fr[] prefix = new Fr[values.length];
    Fr acc = Fr.ONE;
    for (int i = 0; i < values.length; i++) {
      prefix[i] = acc;
      acc = acc.mul(values[i]);
    }
    Fr inverse = acc.inverse();
    Fr[] out = new Fr[values.length];
    for (int i = values.length - 1; i >= 0; i--) {
      out[i] = inverse.mul(prefix[i]);
      inverse = inverse.mul(values[i]);
    }
    return out;
  }

  private static Fr[] zeros(int size) {
    Fr[] out = new Fr[size];
    Arrays.fill(out, Fr.ZERO);
    return out;
  }
}
