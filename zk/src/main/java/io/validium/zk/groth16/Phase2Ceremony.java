package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.msm.Msm;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Phase-2 contributions in snarkjs's protocol: the contributor draws x, publishes s and x·s in G1
 * and x·hashToG2(transcript) in G2, where the transcript hashes the circuit hash, every earlier
 * public key and s, x·s; then δ becomes x·δ and every L and H point is divided by x.
 */
final class Phase2Ceremony {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Phase2Ceremony() {}

  static ContributionResult contribute(ProvingKey pk, byte[] entropy, String name) {
    return contribute(pk, secret(entropy, "x"), secret(entropy, "s"), name);
  }

  /** Mixes caller entropy into fresh randomness, so that neither alone decides the secret. */
  private static Fr secret(byte[] entropy, String label) {
    byte[] fresh = new byte[64];
    RANDOM.nextBytes(fresh);
    Blake2b h =
        new Blake2b().update(entropy).update(fresh).update(label.getBytes(StandardCharsets.UTF_8));
    Fr v = Fr.fromBytesBigEndianReduced(h.digest());
    return v.isZero() ? secret(entropy, label) : v;
  }

  /** The contribution with secret {@code x} and public-key scalar {@code s}. */
  static ContributionResult contribute(ProvingKey pk, Fr x, Fr s, String name) {
    if (x.isZero() || s.isZero()) {
      throw new IllegalArgumentException("contribution secrets must be non-zero");
    }
    CeremonyTranscript before = pk.transcript();
    Blake2b transcriptHash = new Blake2b().update(before.circuitHash());
    for (Phase2Contribution c : before.contributions()) {
      hashPublicKey(transcriptHash, c);
    }
    G1 g1S = G1.GENERATOR.multiply(s).toAffine();
    G1 g1Sx = g1S.multiply(x).toAffine();
    transcriptHash.update(Uncompressed.g1(g1S)).update(Uncompressed.g1(g1Sx));
    byte[] transcript = transcriptHash.digest();
    G2 g2Spx = SnarkjsRng.hashToG2(transcript).multiply(x).toAffine();

    G1 delta1 = pk.delta1().multiply(x).toAffine();
    G2 delta2 = pk.verifyingKey().delta2().multiply(x).toAffine();
    Fr xInverse = x.inverse();
    G1[] l = scale(pk.lArray(), xInverse);
    G1[] h = scale(pk.hArray(), xInverse);
    Phase2Contribution c =
        new Phase2Contribution(delta1, g1S, g1Sx, g2Spx, transcript, 0, name, 0, new byte[0]);
    ProvingKey after = pk.withDelta(delta1, delta2, l, h, before.with(c));
    return new ContributionResult(after, hashPublicKey(new Blake2b(), c).digest());
  }

  static Blake2b hashPublicKey(Blake2b h, Phase2Contribution c) {
    return h.update(Uncompressed.g1(c.deltaAfter()))
        .update(Uncompressed.g1(c.g1S()))
        .update(Uncompressed.g1(c.g1Sx()))
        .update(Uncompressed.g2(c.g2Spx()))
        .update(c.transcript());
  }

  private static G1[] scale(G1[] points, Fr k) {
    return Msm.g1Scaled(points, k);
  }
}
