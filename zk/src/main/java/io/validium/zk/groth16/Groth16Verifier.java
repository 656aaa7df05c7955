package io.validium.zk.groth16;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq12;
import io.validium.zk.groth16.VerificationResult.Reason;
import io.validium.zk.pairing.Pairing;
import io.validium.zk.pairing.PreparedG2;
import java.util.List;

/**
 * Groth16 verification over BN254: snarkjs's {@code groth16.verify} equation, with checks at least
 * as strict as its own.
 *
 * <p>The proof (A, B, C) is valid for public signals s_1..s_n when e(A, B) = e(α, β)·e(L, γ)·e(C,
 * δ) with L = IC_0 + Σ s_i·IC_i, checked as e(-A, B)·e(L, γ)·e(C, δ)·e(α, β) = 1: one final
 * exponentiation for the first three pairs, and e(α, β) computed once per key. Before that it
 * checks, in this order, the number of signals, that every signal is below r, the key's points and
 * the proof's points: each on its curve and each G2 point in G2, since a point outside the subgroup
 * could make the equation hold for a false statement. The first failure is the result. Thread-safe.
 */
public final class Groth16Verifier {

  private Groth16Verifier() {}

  /** Verifies {@code proof} for {@code signals} under {@code vk}; never throws for bad input. */
  public static VerificationResult verify(VerifyingKey vk, PublicSignals signals, Proof proof) {
    if (signals.size() != vk.publicInputCount()) {
      return VerificationResult.reject(
          Reason.WRONG_PUBLIC_INPUT_COUNT,
          "the key expects " + vk.publicInputCount() + " public signals, got " + signals.size());
    }
    for (int i = 0; i < signals.size(); i++) {
      if (signals.get(i).compareTo(Bn254.ORDER) >= 0) {
        return VerificationResult.reject(
            Reason.PUBLIC_INPUT_NOT_IN_FIELD,
            "public signal [" + i + "] is not below the scalar-field modulus");
      }
    }
    VerifyingKey.Prepared key = vk.prepared();
    if (!key.check().isValid()) {
      return key.check();
    }
    VerificationResult proofCheck = checkProofPoints(proof);
    if (!proofCheck.isValid()) {
      return proofCheck;
    }
    G1 l =
        vk.ic()
            .get(0)
            .add(G1.linearCombination(vk.ic().subList(1, vk.ic().size()), signals.values()));
    // e(α, β) is a constant of the key: three Miller loops, not four, share the exponentiation.
    Fq12 product =
        Pairing.finalExponentiation(
            Pairing.millerLoopPrepared(
                List.of(proof.a().negate(), l, proof.c()),
                List.of(PreparedG2.of(proof.b()), key.gamma(), key.delta())));
    boolean holds = product.mul(key.alphaBeta()).isOne();
    return holds
        ? VerificationResult.VALID
        : VerificationResult.reject(Reason.INVALID_PROOF, "the pairing equation does not hold");
  }

  static VerificationResult checkKeyPoints(VerifyingKey vk) {
    VerificationResult result = checkG1("vk_alpha_1", vk.alpha1());
    for (int i = 0; i < vk.ic().size() && result.isValid(); i++) {
      result = checkG1("IC[" + i + "]", vk.ic().get(i));
    }
    result = result.isValid() ? checkG2("vk_beta_2", vk.beta2()) : result;
    result = result.isValid() ? checkG2("vk_gamma_2", vk.gamma2()) : result;
    return result.isValid() ? checkG2("vk_delta_2", vk.delta2()) : result;
  }

  private static VerificationResult checkProofPoints(Proof proof) {
    VerificationResult result = checkG1("pi_a", proof.a());
    result = result.isValid() ? checkG1("pi_c", proof.c()) : result;
    return result.isValid() ? checkG2("pi_b", proof.b()) : result;
  }

  private static VerificationResult checkG1(String name, G1 p) {
    // G1 has cofactor 1: on the curve means in the group.
    return p.isOnCurve()
        ? VerificationResult.VALID
        : VerificationResult.reject(Reason.POINT_NOT_ON_CURVE, name + " is not on the curve");
  }

  private static VerificationResult checkG2(String name, G2 p) {
    if (!p.isOnCurve()) {
      return VerificationResult.reject(Reason.POINT_NOT_ON_CURVE, name + " is not on the twist");
    }
    if (!p.isInSubgroup()) {
      return VerificationResult.reject(
          Reason.POINT_NOT_IN_SUBGROUP, name + " is not in the order-r subgroup G2");
    }
    return VerificationResult.VALID;
  }
}
