package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Toxic waste τ, α, β, δ (and a contribution key) derived from a seed with SHA-512, and the phase-1
 * parameters they determine: for {@link Groth16Setup#insecureDevelopmentSetup} only.
 */
record InsecureTrapdoor(Fr tau, Fr alpha, Fr beta, Fr delta, Fr contributionKey) {

  static InsecureTrapdoor fromSeed(byte[] seed) {
    return new InsecureTrapdoor(
        derive(seed, "tau"),
        derive(seed, "alpha"),
        derive(seed, "beta"),
        derive(seed, "delta"),
        derive(seed, "contribution key"));
  }

  static Fr derive(byte[] seed, String label) {
    try {
      for (int counter = 0; ; counter++) {
        MessageDigest sha = MessageDigest.getInstance("SHA-512");
        sha.update(seed);
        sha.update((label + "/" + counter).getBytes(StandardCharsets.UTF_8));
        Fr v = Fr.fromBytesBigEndianReduced(sha.digest());
        if (!v.isZero()) {
          return v;
        }
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-512 is required of every JDK", e);
    }
  }

  /** The parameters a powers-of-tau ceremony with this τ, α, β would give for domain size n. */
  Phase1Parameters phase1(int n) {
    Fr[] lagrange = lagrangeAt(n);
    Fr[] lagrange2n = lagrangeAt(2 * n);
    Fr[] odd = new Fr[n];
    for (int j = 0; j < n; j++) {
      odd[j] = lagrange2n[2 * j + 1];
    }
    Fr[] powers = new Fr[2 * n - 1];
    Fr power = Fr.ONE;
    for (int i = 0; i < powers.length; i++) {
      powers[i] = power;
      power = power.mul(tau);
    }
    FixedBase<G1> g1 = FixedBase.g1();
    FixedBase<G2> g2 = FixedBase.g2();
    return new Phase1Parameters(
        n,
        g1.affineTimes(alpha),
        g1.affineTimes(beta),
        g2.affineTimes(beta),
        List.of(g1.affineTimes(lagrange, Fr.ONE)),
        List.of(g2.affineTimes(lagrange, Fr.ONE)),
        List.of(g1.affineTimes(lagrange, alpha)),
        List.of(g1.affineTimes(lagrange, beta)),
        List.of(g1.affineTimes(odd, Fr.ONE)),
        List.of(g1.affineTimes(powers, Fr.ONE)));
  }

  /** L_j(τ) for the m-domain, refusing a τ on the domain (where the formula divides by zero). */
  private Fr[] lagrangeAt(int m) {
    if (tau.pow(BigInteger.valueOf(m)).sub(Fr.ONE).isZero()) {
      throw new IllegalStateException("τ is a root of unity of the domain; choose another seed");
    }
    return DevelopmentSetup.lagrangeAt(tau, m);
  }
}
