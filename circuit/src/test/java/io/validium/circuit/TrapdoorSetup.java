package io.validium.circuit;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.CeremonyTranscript;
import io.validium.zk.groth16.Coefficient;
import io.validium.zk.groth16.Groth16Setup;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.poly.RootsOfUnity;
import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.SparseRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * An insecure Groth16 key for tests, with the same layout as zk's development setup (the extra A
 * rows for the public wires, γ = 1, the H query on the odd points of the 2n-domain) but computed
 * from the known τ, α, β, δ the way only a holder of the trapdoor can: every wire's QAP polynomials
 * are evaluated at τ in the field, then lifted with one fixed-base multiplication each. zk's {@code
 * insecureDevelopmentSetup} goes through phase 1 and 2 point by point, one variable-base
 * multiplication per matrix entry, which for a batch circuit (about 800,000 entries per slot) takes
 * longer than a test may. A proof under this key that the real verifier accepts is a real Groth16
 * proof; only the key's secrecy is missing.
 */
final class TrapdoorSetup {
  private static final int WINDOW = 8;
  private static final int WINDOWS = 256 / WINDOW;

  private TrapdoorSetup() {}

  static ProvingKey of(ConstraintSystem cs, long seed) {
    Random random = new Random(seed);
    Fr tau = nonZero(random);
    Fr alpha = nonZero(random);
    Fr beta = nonZero(random);
    Fr delta = nonZero(random);
    int m = cs.numConstraints();
    int publics = cs.numPublicInputs();
    int wires = cs.numWires();
    int n = Groth16Setup.domainSize(m, publics);
    Fr[] lagrange = lagrangeAt(tau, n);
    Fr[] lagrange2n = lagrangeAt(tau, 2 * n);

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
    for (int s = 0; s <= publics; s++) {
      a[s] = a[s].add(lagrange[m + s]);
      coefficients.add(new Coefficient(0, m + s, s, Fr.ONE));
    }
    Fr deltaInverse = delta.inverse();
    Fr[] abc = new Fr[wires];
    for (int i = 0; i < wires; i++) {
      abc[i] = beta.mul(a[i]).add(alpha.mul(b[i])).add(c[i]);
    }

    FixedBase<G1> g1 = new FixedBase<>(G1.GENERATOR, G1.INFINITY, G1::add, G1::toAffine);
    FixedBase<G2> g2 = new FixedBase<>(G2.GENERATOR, G2.INFINITY, G2::add, G2::toAffine);
    List<G1> ic =
        Arrays.stream(Arrays.copyOfRange(abc, 0, publics + 1)).map(g1::affineTimes).toList();
    List<G1> l = g1.times(Arrays.copyOfRange(abc, publics + 1, wires), deltaInverse);
    Fr[] odd = new Fr[n];
    for (int j = 0; j < n; j++) {
      odd[j] = lagrange2n[2 * j + 1];
    }
    VerifyingKey vk =
        VerifyingKey.of(
            g1.affineTimes(alpha),
            g2.affineTimes(beta),
            G2.GENERATOR.toAffine(),
            g2.affineTimes(delta),
            ic);
    return new ProvingKey(
        vk,
        g1.affineTimes(beta),
        g1.affineTimes(delta),
        wires,
        n,
        coefficients,
        g1.times(a, Fr.ONE),
        g1.times(b, Fr.ONE),
        g2.times(b, Fr.ONE),
        l,
        g1.times(odd, deltaInverse),
        new CeremonyTranscript(new byte[64], List.of()));
  }

  private static void accumulate(
      SparseRow row, Fr lk, Fr[] into, List<Coefficient> out, int matrix, int k) {
    for (int t = 0; t < row.size(); t++) {
      int wire = row.wire(t);
      Fr v = row.coefficient(t);
      into[wire] = into[wire].add(v.mul(lk));
      if (out != null) {
        out.add(new Coefficient(matrix, k, wire, v));
      }
    }
  }

  /** L_j(τ) = (τ^m − 1)·ω^j / (m·(τ − ω^j)) on the m-domain, with one batched inversion. */
  private static Fr[] lagrangeAt(Fr tau, int size) {
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
    Fr scale = tau.pow(java.math.BigInteger.valueOf(size)).sub(Fr.ONE).mul(Fr.of(size).inverse());
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

  private static Fr nonZero(Random random) {
    Fr v;
    do {
      byte[] bytes = new byte[64];
      random.nextBytes(bytes);
      v = Fr.fromBytesBigEndianReduced(bytes);
    } while (v.isZero());
    return v;
  }

  private static Fr[] zeros(int n) {
    Fr[] out = new Fr[n];
    Arrays.fill(out, Fr.ZERO);
    return out;
  }

  /** Multiples of one generator by 8-bit windows of a precomputed table. */
  private static final class FixedBase<P> {
    private final Object[][] table = new Object[WINDOWS][1 << WINDOW];
    private final P identity;
    private final BinaryOperator<P> add;
    private final UnaryOperator<P> affine;

    FixedBase(P generator, P identity, BinaryOperator<P> add, Function<P, P> affine) {
      this.identity = identity;
      this.add = add;
      this.affine = affine::apply;
      P base = generator;
      for (int w = 0; w < WINDOWS; w++) {
        table[w][0] = identity;
        P multiple = identity;
        for (int d = 1; d < (1 << WINDOW); d++) {
          multiple = add.apply(multiple, base);
          table[w][d] = affine.apply(multiple);
        }
        P next = base;
        for (int i = 0; i < WINDOW; i++) {
          next = add.apply(next, next);
        }
        base = next;
      }
    }

    @SuppressWarnings("unchecked")
    P times(Fr k) {
      long[] limbs = k.toCanonicalLimbs();
      P acc = identity;
      for (int w = 0; w < WINDOWS; w++) {
        int digit = (int) ((limbs[(w * WINDOW) >>> 6] >>> ((w * WINDOW) & 63)) & 0xFF);
        if (digit != 0) {
          acc = add.apply(acc, (P) table[w][digit]);
        }
      }
      return acc;
    }

    /** Affine, as a verifying key holds its points. */
    P affineTimes(Fr k) {
      return affine.apply(times(k));
    }

    /**
     * Left in Jacobian form: the prover normalises a key's queries itself, in one batch, and an
     * inversion per point would cost more than the multiplications.
     */
    List<P> times(Fr[] scalars, Fr factor) {
      return IntStream.range(0, scalars.length)
          .parallel()
          .mapToObj(i -> times(scalars[i].mul(factor)))
          .toList();
    }
  }
}
