package io.validium.zk.groth16;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.msm.Msm;
import java.util.List;
import java.util.stream.IntStream;

/**
 * snarkjs's circuit hash (csHash) of an initial phase-2 key: BLAKE2b-512 over the uncompressed α1,
 * β1, β2, γ2, δ1, δ2, then each point section as a big-endian count and its points, in the order
 * IC, H, L, A, B1, B2. H enters as the points τ^i·(τ^n − 1) from the plain powers, because the
 * key's own H points change with every contribution while this hash must not.
 */
final class CircuitHash {

  private CircuitHash() {}

  static byte[] of(ProvingKey initial, List<G1> tauPowers) {
    VerifyingKey vk = initial.verifyingKey();
    int n = initial.domainSize();
    Blake2b h = new Blake2b();
    h.update(Uncompressed.g1(vk.alpha1()));
    h.update(Uncompressed.g1(initial.beta1()));
    h.update(Uncompressed.g2(vk.beta2()));
    h.update(Uncompressed.g2(vk.gamma2()));
    h.update(Uncompressed.g1(initial.delta1()));
    h.update(Uncompressed.g2(vk.delta2()));
    g1s(h, vk.ic());
    // Made affine in one batch: the hash encodes affine coordinates, and an inversion per point
    // here cost more than the rest of the hash.
    G1[] vanishing = new G1[n - 1];
    IntStream.range(0, n - 1)
        .parallel()
        .forEach(i -> vanishing[i] = tauPowers.get(i + n).subtract(tauPowers.get(i)));
    h.updateU32(n - 1);
    for (G1 p : Msm.g1Affine(vanishing)) {
      h.update(Uncompressed.g1(p));
    }
    g1s(h, initial.l());
    g1s(h, initial.a());
    g1s(h, initial.b1());
    h.updateU32(initial.wires());
    for (G2 p : initial.b2()) {
      h.update(Uncompressed.g2(p));
    }
    return h.digest();
  }

  private static void g1s(Blake2b h, List<G1> points) {
    h.updateU32(points.size());
    for (G1 p : points) {
      h.update(Uncompressed.g1(p));
    }
  }
}
