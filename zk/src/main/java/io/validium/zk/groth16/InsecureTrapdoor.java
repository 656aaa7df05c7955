package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.poly.RootsOfUnity;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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

  private static Fr derive(byte[] seed, String label) {
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
    List<G1> tau1 = new ArrayList<>(n);
    List<G2> tau2 = new ArrayList<>(n);
    List<G1> alphaTau = new ArrayList<>(n);
    List<G1> betaTau = new ArrayList<>(n);
    List<G1> odd = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      tau1.add(g1(lagrange[j]));
      tau2.add(G2.GENERATOR.multiply(lagrange[j]).toAffine());
      alphaTau.add(g1(alpha.mul(lagrange[j])));
      betaTau.add(g1(beta.mul(lagrange[j])));
      odd.add(g1(lagrange2n[2 * j + 1]));
    }
    List<G1> powers = new ArrayList<>(2 * n - 1);
    Fr power = Fr.ONE;
    for (int i = 0; i < 2 * n - 1; i++) {
      powers.add(g1(power));
      power = power.mul(tau);
    }
    return new Phase1Parameters(
        n,
        g1(alpha),
        g1(beta),
        G2.GENERATOR.multiply(beta).toAffine(),
        tau1,
        tau2,
        alphaTau,
        betaTau,
        odd,
        powers);
  }

  /** L_j(τ) = (τ^m − 1)·ω^j / (m·(τ − ω^j)) for the m-domain. */
  private Fr[] lagrangeAt(int m) {
    Fr w = RootsOfUnity.primitive(Integer.numberOfTrailingZeros(m));
    Fr vanishing = tau.pow(BigInteger.valueOf(m)).sub(Fr.ONE);
    if (vanishing.isZero()) {
      throw new IllegalStateException("τ is a root of unity of the domain; choose another seed");
    }
    Fr scale = vanishing.mul(Fr.of(m).inverse());
    Fr[] out = new Fr[m];
    Fr wj = Fr.ONE;
    for (int j = 0; j < m; j++) {
      out[j] = scale.mul(wj).mul(tau.sub(wj).inverse());
      wj = wj.mul(w);
    }
    return out;
  }

  private static G1 g1(Fr k) {
    return G1.GENERATOR.multiply(k).toAffine();
  }
}
