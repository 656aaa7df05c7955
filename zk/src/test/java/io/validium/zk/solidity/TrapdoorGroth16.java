package io.validium.zk.solidity;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerifyingKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A Groth16 verifying key whose discrete logarithms are known, so that a valid proof can be made
 * for any public inputs without a circuit: with A = a·G1 and B = b·G2, C = c·G1 where c·δ = a·b −
 * α·β − ℓ·γ and ℓ is the logarithm of L. Keys of any input count test what the fixture cannot.
 */
final class TrapdoorGroth16 {

  private static final BigInteger R = Bn254.ORDER;

  private final BigInteger alpha;
  private final BigInteger beta;
  private final BigInteger gamma;
  private final BigInteger delta;
  private final List<BigInteger> ic;
  private final VerifyingKey vk;

  private TrapdoorGroth16(
      BigInteger alpha, BigInteger beta, BigInteger gamma, BigInteger delta, List<BigInteger> ic) {
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
    this.delta = delta;
    this.ic = List.copyOf(ic);
    List<G1> icPoints = new ArrayList<>();
    ic.forEach(k -> icPoints.add(G1.GENERATOR.multiply(k)));
    this.vk =
        VerifyingKey.of(
            G1.GENERATOR.multiply(alpha),
            G2.GENERATOR.multiply(beta),
            G2.GENERATOR.multiply(gamma),
            G2.GENERATOR.multiply(delta),
            icPoints);
  }

  /** A key for {@code publicInputs} inputs with exponents drawn from {@code random}. */
  static TrapdoorGroth16 random(int publicInputs, Random random) {
    List<BigInteger> ic = new ArrayList<>();
    for (int i = 0; i <= publicInputs; i++) {
      ic.add(scalar(random));
    }
    return new TrapdoorGroth16(scalar(random), scalar(random), scalar(random), scalar(random), ic);
  }

  /** The verifying key. */
  VerifyingKey vk() {
    return vk;
  }

  /** Random public inputs below r. */
  PublicSignals randomSignals(Random random) {
    BigInteger[] values = new BigInteger[ic.size() - 1];
    for (int i = 0; i < values.length; i++) {
      values[i] = scalar(random);
    }
    return PublicSignals.of(values);
  }

  /** A valid proof for {@code signals}, randomized by {@code random}. */
  Proof prove(PublicSignals signals, Random random) {
    BigInteger l = ic.get(0);
    for (int i = 0; i < signals.size(); i++) {
      l = l.add(signals.get(i).multiply(ic.get(i + 1)));
    }
    BigInteger a = scalar(random);
    BigInteger b = scalar(random);
    BigInteger c =
        a.multiply(b)
            .subtract(alpha.multiply(beta))
            .subtract(l.mod(R).multiply(gamma))
            .multiply(delta.modInverse(R))
            .mod(R);
    return new Proof(G1.GENERATOR.multiply(a), G2.GENERATOR.multiply(b), G1.GENERATOR.multiply(c));
  }

  /** A uniform non-zero scalar. */
  private static BigInteger scalar(Random random) {
    BigInteger k;
    do {
      k = new BigInteger(R.bitLength() + 64, random).mod(R);
    } while (k.signum() == 0);
    return k;
  }
}
