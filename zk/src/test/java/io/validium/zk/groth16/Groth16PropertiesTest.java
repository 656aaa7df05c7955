package io.validium.zk.groth16;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.CurveArbitraries;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.VerificationResult.Reason;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Keys and proofs built from a known trapdoor: with every discrete logarithm known, C can be solved
 * for, so the verifier must accept exactly the proofs that satisfy the equation in the exponent.
 */
class Groth16PropertiesTest {

  private static final BigInteger R = Bn254.ORDER;

  @Provide
  Arbitrary<List<BigInteger>> trapdoors() {
    // alpha, beta, gamma, delta, a, b, then IC_0..IC_3 and three public signals.
    return CurveArbitraries.scalars().filter(x -> x.signum() != 0).list().ofSize(13);
  }

  @Provide
  Arbitrary<Integer> signalIndices() {
    return Arbitraries.integers().between(0, 2);
  }

  @Property(tries = 8)
  void acceptsProofsSolvedFromTheTrapdoorAndRejectsChangedSignals(
      @ForAll("trapdoors") List<BigInteger> t, @ForAll("signalIndices") int changed) {
    BigInteger alpha = t.get(0), beta = t.get(1), gamma = t.get(2), delta = t.get(3);
    BigInteger a = t.get(4), b = t.get(5);
    List<BigInteger> ic = t.subList(6, 10);
    List<BigInteger> signals = t.subList(10, 13);

    // IC_i = (ic_i/gamma)·G1, so e(L, gamma·G2) contributes l = ic_0 + Σ s_i·ic_i in the
    // exponent and the equation reads a·b = alpha·beta + l + c·delta (mod r).
    BigInteger l = ic.get(0);
    for (int i = 0; i < signals.size(); i++) {
      l = l.add(signals.get(i).multiply(ic.get(i + 1)));
    }
    BigInteger c =
        a.multiply(b)
            .subtract(alpha.multiply(beta))
            .subtract(l)
            .multiply(delta.modInverse(R))
            .mod(R);

    List<G1> icPoints = new ArrayList<>();
    for (BigInteger k : ic) {
      icPoints.add(G1.GENERATOR.multiply(k.multiply(gamma.modInverse(R))));
    }
    VerifyingKey vk =
        VerifyingKey.of(
            G1.GENERATOR.multiply(alpha),
            G2.GENERATOR.multiply(beta),
            G2.GENERATOR.multiply(gamma),
            G2.GENERATOR.multiply(delta),
            icPoints);
    Proof proof =
        new Proof(G1.GENERATOR.multiply(a), G2.GENERATOR.multiply(b), G1.GENERATOR.multiply(c));
    PublicSignals publicSignals = new PublicSignals(signals);

    assertThat(Groth16Verifier.verify(vk, publicSignals, proof).reason()).isEqualTo(Reason.VALID);
    PublicSignals other =
        publicSignals.with(changed, publicSignals.get(changed).add(BigInteger.ONE).mod(R));
    assertThat(Groth16Verifier.verify(vk, other, proof).reason()).isEqualTo(Reason.INVALID_PROOF);
  }
}
