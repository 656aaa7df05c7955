package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.Phase2Verification.CheckedContribution;
import io.validium.zk.groth16.Phase2Verification.Failure;
import io.validium.zk.groth16.Phase2Verification.Reason;
import io.validium.zk.msm.Msm;
import io.validium.zk.pairing.Pairing;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a phase-2 key the way {@code snarkjs zkey verify} does, against the initial key that phase
 * 2 makes from the same circuit and phase-1 parameters: every point that contributions leave alone
 * is unchanged, each contribution's transcript chains to the ones before it and its public key
 * proves one secret x, δ moved by exactly those x, and L and H were divided by the final δ. The
 * last two are checked with random linear combinations, so a key that passes is right except with
 * negligible probability. For a random beacon the derivation of x from the beacon hash is not
 * re-run; its public key is checked like any contribution's.
 */
public final class Phase2Verifier {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Phase2Verifier() {}

  /**
   * Checks {@code key} against {@code initial}, the result of {@link Groth16Setup#phase2} for the
   * circuit and phase-1 parameters the ceremony claims.
   */
  public static Phase2Verification verify(ProvingKey initial, ProvingKey key) {
    List<CheckedContribution> checked = new ArrayList<>();
    Optional<Failure> failure = fixedParts(initial, key);
    if (failure.isEmpty()) {
      failure = contributions(key, checked);
    }
    if (failure.isEmpty()) {
      failure = queries(initial, key);
    }
    return new Phase2Verification(failure, checked);
  }

  private static Optional<Failure> fixedParts(ProvingKey initial, ProvingKey key) {
    if (key.wires() != initial.wires()
        || key.publicSignals() != initial.publicSignals()
        || key.domainSize() != initial.domainSize()) {
      return fail(
          Reason.SHAPE,
          "the key has "
              + key.wires()
              + " wires, "
              + key.publicSignals()
              + " public signals and a domain of "
              + key.domainSize()
              + "; the circuit "
              + initial.wires()
              + ", "
              + initial.publicSignals()
              + " and "
              + initial.domainSize());
    }
    if (!Arrays.equals(key.transcript().circuitHash(), initial.transcript().circuitHash())) {
      return fail(
          Reason.CIRCUIT_HASH,
          "the key's circuit hash is not that of this circuit with this powers-of-tau file");
    }
    VerifyingKey a = initial.verifyingKey();
    VerifyingKey b = key.verifyingKey();
    String moved =
        !a.alpha1().equals(b.alpha1())
            ? "alpha"
            : !a.beta2().equals(b.beta2()) || !initial.beta1().equals(key.beta1())
                ? "beta"
                : !a.gamma2().equals(b.gamma2())
                    ? "gamma"
                    : !a.ic().equals(b.ic())
                        ? "IC"
                        : !initial.a().equals(key.a())
                            ? "A"
                            : !initial.b1().equals(key.b1()) || !initial.b2().equals(key.b2())
                                ? "B"
                                : null;
    if (moved != null) {
      return fail(Reason.FIXED_POINTS, "the key's " + moved + " points are not phase 2's");
    }
    if (!sorted(initial.coefficients()).equals(sorted(key.coefficients()))) {
      return fail(Reason.COEFFICIENTS, "the key's A and B matrix entries are not the circuit's");
    }
    return Optional.empty();
  }

  private static Optional<Failure> contributions(ProvingKey key, List<CheckedContribution> out) {
    CeremonyTranscript t = key.transcript();
    Blake2b chain = new Blake2b().update(t.circuitHash());
    G1 delta = G1.GENERATOR;
    int position = 0;
    for (Phase2Contribution c : t.contributions()) {
      position++;
      String which = "contribution " + position + " ('" + c.name() + "')";
      if (c.type() != 0 && c.type() != 1) {
        return fail(Reason.PUBLIC_KEY, which + " has unknown type " + c.type());
      }
      if (c.g1S().isInfinity() || c.g1Sx().isInfinity() || c.deltaAfter().isInfinity()) {
        return fail(Reason.PUBLIC_KEY, which + " has a point at infinity in its public key");
      }
      // The transcript binds the contribution to every public key before it.
      byte[] expected =
          chain.copy().update(Uncompressed.g1(c.g1S())).update(Uncompressed.g1(c.g1Sx())).digest();
      if (!Arrays.equals(expected, c.transcript())) {
        return fail(Reason.TRANSCRIPT, which + " does not follow the contributions before it");
      }
      G2 r = SnarkjsRng.hashToG2(c.transcript());
      if (!sameRatio(c.g1S(), c.g1Sx(), r, c.g2Spx())) {
        return fail(Reason.PUBLIC_KEY, which + " has a public key that proves no single secret");
      }
      if (!sameRatio(delta, c.deltaAfter(), r, c.g2Spx())) {
        return fail(Reason.DELTA_CHAIN, which + " changed delta by another factor than its own");
      }
      Phase2Ceremony.hashPublicKey(chain, c);
      out.add(
          new CheckedContribution(
              position,
              c.name(),
              c.type() == 1,
              Phase2Ceremony.hashPublicKey(new Blake2b(), c).digest()));
      delta = c.deltaAfter();
    }
    if (!delta.equals(key.delta1())) {
      return fail(Reason.DELTA, "the key's delta is not the one its last contribution made");
    }
    if (!sameRatio(G1.GENERATOR, key.delta1(), G2.GENERATOR, key.verifyingKey().delta2())) {
      return fail(Reason.DELTA, "the key's delta in G1 and in G2 differ");
    }
    return Optional.empty();
  }

  private static Optional<Failure> queries(ProvingKey initial, ProvingKey key) {
    G2 delta2 = key.verifyingKey().delta2();
    if (!dividedByDelta(initial.lArray(), key.lArray(), delta2)) {
      return fail(Reason.L_QUERY, "the key's L points are not the circuit's divided by delta");
    }
    if (!dividedByDelta(initial.hArray(), key.hArray(), delta2)) {
      return fail(Reason.H_QUERY, "the key's H points are not phase 1's divided by delta");
    }
    return Optional.empty();
  }

  /** e(Σ rᵢ·pointsᵢ, δ) = e(Σ rᵢ·initialᵢ, G2) for random rᵢ: each point is initialᵢ / δ. */
  private static boolean dividedByDelta(G1[] initial, G1[] points, G2 delta2) {
    if (initial.length == 0) {
      return true;
    }
    Fr[] r = new Fr[initial.length];
    byte[] bytes = new byte[32];
    for (int i = 0; i < r.length; i++) {
      RANDOM.nextBytes(bytes);
      r[i] = Fr.fromBytesBigEndianReduced(bytes);
    }
    return sameRatio(Msm.g1(initial, r), Msm.g1(points, r), delta2, G2.GENERATOR);
  }

  /** Whether b1 / a1 = b2 / a2 "in the exponent": e(a1, b2) = e(b1, a2). */
  private static boolean sameRatio(G1 a1, G1 b1, G2 a2, G2 b2) {
    return Pairing.pairingProductIsOne(List.of(a1, b1.negate()), List.of(b2, a2));
  }

  private static List<Coefficient> sorted(List<Coefficient> coefficients) {
    List<Coefficient> out = new ArrayList<>(coefficients);
    out.sort(
        Comparator.comparingInt(Coefficient::matrix)
            .thenComparingInt(Coefficient::constraint)
            .thenComparingInt(Coefficient::signal));
    return out;
  }

  private static Optional<Failure> fail(Reason reason, String detail) {
    return Optional.of(new Failure(reason, detail));
  }
}
