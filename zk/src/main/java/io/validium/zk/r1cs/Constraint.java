package io.validium.zk.r1cs;

import io.validium.core.field.Fr;

/**
 * A compiled rank-1 constraint ⟨a, w⟩·⟨b, w⟩ = ⟨c, w⟩.
 *
 * @param a left factor
 * @param b right factor
 * @param c product
 * @param label where it came from, the builder's scopes joined by '/'
 */
public record Constraint(SparseRow a, SparseRow b, SparseRow c, String label) {

  /** Whether the full assignment {@code w} satisfies it. */
  public boolean isSatisfiedBy(Fr[] w) {
    return a.evaluate(w).mul(b.evaluate(w)).equals(c.evaluate(w));
  }
}
