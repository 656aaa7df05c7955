package io.validium.zk.groth16;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.util.List;
import java.util.Objects;

/**
 * What Groth16 phase 2 needs from a powers-of-tau ceremony for one domain size n, in the shape
 * snarkjs's prepared .ptau files provide it: α, β, the Lagrange basis L_j(τ) of the n-domain in G1
 * and G2 and times α and β in G1, the odd Lagrange points of the 2n-domain (the H query), and the
 * plain powers τ^0..τ^(2n-2) in G1, which the circuit hash covers.
 *
 * @param domainSize n, a power of two
 * @param alpha1 α in G1
 * @param beta1 β in G1
 * @param beta2 β in G2
 * @param tauLagrange1 [L_j(τ)]_1, j < n
 * @param tauLagrange2 [L_j(τ)]_2, j < n
 * @param alphaTauLagrange1 [α·L_j(τ)]_1, j < n
 * @param betaTauLagrange1 [β·L_j(τ)]_1, j < n
 * @param oddLagrange1 [L'_{2j+1}(τ)]_1 for the 2n-domain basis L', j < n
 * @param tauPowers1 [τ^i]_1, i < 2n - 1
 */
public record Phase1Parameters(
    int domainSize,
    G1 alpha1,
    G1 beta1,
    G2 beta2,
    List<G1> tauLagrange1,
    List<G2> tauLagrange2,
    List<G1> alphaTauLagrange1,
    List<G1> betaTauLagrange1,
    List<G1> oddLagrange1,
    List<G1> tauPowers1) {

  /** Copies the lists and checks their sizes against the domain. */
  public Phase1Parameters {
    if (domainSize < 1 || Integer.bitCount(domainSize) != 1) {
      throw new IllegalArgumentException("domain size must be a power of two: " + domainSize);
    }
    Objects.requireNonNull(alpha1, "alpha1");
    Objects.requireNonNull(beta1, "beta1");
    Objects.requireNonNull(beta2, "beta2");
    tauLagrange1 = sized(tauLagrange1, domainSize, "tauLagrange1");
    tauLagrange2 = sized(tauLagrange2, domainSize, "tauLagrange2");
    alphaTauLagrange1 = sized(alphaTauLagrange1, domainSize, "alphaTauLagrange1");
    betaTauLagrange1 = sized(betaTauLagrange1, domainSize, "betaTauLagrange1");
    oddLagrange1 = sized(oddLagrange1, domainSize, "oddLagrange1");
    tauPowers1 = sized(tauPowers1, 2 * domainSize - 1, "tauPowers1");
  }

  private static <T> List<T> sized(List<T> points, int expected, String what) {
    List<T> copy = List.copyOf(points);
    if (copy.size() != expected) {
      throw new IllegalArgumentException(
          what + " has " + copy.size() + " points, expected " + expected);
    }
    return copy;
  }
}
