package io.validium.zk.poly;

import io.validium.core.field.Fr;

/** Reference evaluation by Horner's rule, the definition the transforms are checked against. */
final class NaivePolynomial {

  private NaivePolynomial() {}

  static Fr evaluate(Fr[] coefficients, Fr x) {
    Fr acc = Fr.ZERO;
    for (int i = coefficients.length - 1; i >= 0; i--) {
      acc = acc.mul(x).add(coefficients[i]);
    }
    return acc;
  }

  /** Evaluations at shift·w^i for i < n. */
  static Fr[] evaluateOn(Fr[] coefficients, EvaluationDomain domain, Fr shift) {
    Fr[] out = new Fr[domain.size()];
    Fr x = shift;
    for (int i = 0; i < out.length; i++) {
      out[i] = evaluate(coefficients, x);
      x = x.mul(domain.generator());
    }
    return out;
  }
}
