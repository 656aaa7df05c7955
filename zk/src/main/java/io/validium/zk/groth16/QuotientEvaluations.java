package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import io.validium.zk.poly.EvaluationDomain;
import io.validium.zk.poly.FieldVectors;
import io.validium.zk.poly.RootsOfUnity;
import java.util.List;

/**
 * The scalars a prover multiplies the H points by: A·B − C evaluated on the odd coset ζ·ω^i of the
 * constraint domain, ζ being a primitive 2n-th root of unity (so ζ·ω^i = ζ^(2i+1)), as snarkjs
 * computes them.
 *
 * <p>A·w and B·w are evaluated on the domain from the key's coefficients, and C·w is taken as their
 * pointwise product there: a key carries no C matrix, and for a satisfying witness the two agree.
 * Interpolating each over the domain and re-evaluating on the coset gives p = A·B − C at the odd
 * points of the 2n-domain; p vanishes on the even ones, so Σ p(ζ^(2i+1))·L_{2i+1}(τ) = p(τ) =
 * h(τ)·Z(τ) without a division.
 */
final class QuotientEvaluations {

  private static final int L = FrArith.LIMBS;

  private QuotientEvaluations() {}

  static Fr[] compute(int domainSize, List<Coefficient> coefficients, Fr[] witness) {
    EvaluationDomain domain = EvaluationDomain.ofSize(domainSize);
    EvaluationDomain odd = domain.withCosetShift(RootsOfUnity.primitive(domain.logSize() + 1));
    long[] w = FieldVectors.toLimbs(witness);
    long[] a = new long[domainSize * L];
    long[] b = new long[domainSize * L];
    long[] value = new long[L];
    long[] term = new long[L];
    for (Coefficient k : coefficients) {
      long[] target = k.matrix() == 0 ? a : b;
      FrArith.load(k.value(), value, 0);
      FrArith.mul(value, 0, w, k.signal() * L, term, 0);
      FrArith.add(target, k.constraint() * L, term, 0, target, k.constraint() * L);
    }
    long[] c = new long[domainSize * L];
    for (int i = 0; i < domainSize; i++) {
      FrArith.mul(a, i * L, b, i * L, c, i * L);
    }
    toOddCoset(domain, odd, a);
    toOddCoset(domain, odd, b);
    toOddCoset(domain, odd, c);
    for (int i = 0; i < domainSize; i++) {
      FrArith.mul(a, i * L, b, i * L, a, i * L);
      FrArith.sub(a, i * L, c, i * L, a, i * L);
    }
    return FieldVectors.toElements(a);
  }

  private static void toOddCoset(EvaluationDomain domain, EvaluationDomain odd, long[] values) {
    domain.inverseNtt(values);
    odd.cosetNtt(values);
  }
}
