package io.validium.zk.groth16;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq12;
import io.validium.zk.pairing.Pairing;
import io.validium.zk.pairing.PreparedG2;
import java.util.List;
import java.util.Objects;

/**
 * A Groth16 verifying key: α in G1; β, γ, δ in G2; IC (snarkjs's name for the γ-scaled public input
 * commitments), one G1 point per public input plus one; and e(α, β).
 *
 * <p>e(α, β) is carried because snarkjs's vk.json states it (vk_alphabeta_12); the verifier does
 * not rely on it. Points are not validated on construction, so that {@link Groth16Verifier} can
 * name an invalid one; the verifier validates a key once and then keeps its own e(α, β) and the
 * Miller-loop lines of γ and δ.
 */
public final class VerifyingKey {

  private final G1 alpha1;
  private final G2 beta2;
  private final G2 gamma2;
  private final G2 delta2;
  private final List<G1> ic;
  private final Fq12 alphaBeta12;

  /** The key's point checks and, if they pass, what verification precomputes; set on first use. */
  private volatile Prepared prepared;

  /** What verification needs from the key beyond its points, worked out once. */
  record Prepared(VerificationResult check, Fq12 alphaBeta, PreparedG2 gamma, PreparedG2 delta) {}

  private VerifyingKey(G1 alpha1, G2 beta2, G2 gamma2, G2 delta2, List<G1> ic, Fq12 alphaBeta12) {
    this.alpha1 = Objects.requireNonNull(alpha1, "alpha1");
    this.beta2 = Objects.requireNonNull(beta2, "beta2");
    this.gamma2 = Objects.requireNonNull(gamma2, "gamma2");
    this.delta2 = Objects.requireNonNull(delta2, "delta2");
    this.ic = List.copyOf(ic);
    this.alphaBeta12 = Objects.requireNonNull(alphaBeta12, "alphaBeta12");
    if (this.ic.isEmpty()) {
      throw new IllegalArgumentException("IC needs at least one point");
    }
  }

  /** A key whose e(α, β) is computed here (one pairing). */
  public static VerifyingKey of(G1 alpha1, G2 beta2, G2 gamma2, G2 delta2, List<G1> ic) {
    return new VerifyingKey(alpha1, beta2, gamma2, delta2, ic, Pairing.pair(alpha1, beta2));
  }

  /** A key with e(α, β) as stated by its source, such as a vk.json file. */
  public static VerifyingKey of(
      G1 alpha1, G2 beta2, G2 gamma2, G2 delta2, List<G1> ic, Fq12 alphaBeta12) {
    return new VerifyingKey(alpha1, beta2, gamma2, delta2, ic, alphaBeta12);
  }

  /** α in G1. */
  public G1 alpha1() {
    return alpha1;
  }

  /** β in G2. */
  public G2 beta2() {
    return beta2;
  }

  /** γ in G2. */
  public G2 gamma2() {
    return gamma2;
  }

  /** δ in G2. */
  public G2 delta2() {
    return delta2;
  }

  /** IC_0 .. IC_n, n being the number of public inputs. */
  public List<G1> ic() {
    return ic;
  }

  /** e(α, β) as stated by the key's source. */
  public Fq12 alphaBeta12() {
    return alphaBeta12;
  }

  /** The number of public inputs n (snarkjs's nPublic). */
  public int publicInputCount() {
    return ic.size() - 1;
  }

  Prepared prepared() {
    Prepared result = prepared;
    if (result == null) {
      VerificationResult check = Groth16Verifier.checkKeyPoints(this);
      // The stated vk_alphabeta_12 is not trusted; e(α, β) is only computed for valid points.
      result =
          check.isValid()
              ? new Prepared(
                  check, Pairing.pair(alpha1, beta2), PreparedG2.of(gamma2), PreparedG2.of(delta2))
              : new Prepared(check, null, null, null);
      prepared = result;
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerifyingKey
        && alpha1.equals(((VerifyingKey) o).alpha1)
        && beta2.equals(((VerifyingKey) o).beta2)
        && gamma2.equals(((VerifyingKey) o).gamma2)
        && delta2.equals(((VerifyingKey) o).delta2)
        && ic.equals(((VerifyingKey) o).ic)
        && alphaBeta12.equals(((VerifyingKey) o).alphaBeta12);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alpha1, beta2, gamma2, delta2, ic, alphaBeta12);
  }

  /** A short description: the number of public inputs. */
  @Override
  public String toString() {
    return "VerifyingKey[nPublic=" + publicInputCount() + "]";
  }
}
