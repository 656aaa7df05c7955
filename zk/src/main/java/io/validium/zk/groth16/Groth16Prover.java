package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.msm.Msm;
import io.validium.zk.r1cs.Witness;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * Groth16 proving over BN254 from a snarkjs-shaped {@link ProvingKey}: proofs verify with snarkjs
 * and with {@link Groth16Verifier}, and a key made by snarkjs works here.
 *
 * <p>With blinding factors r and s: A = α + Σ w_i·A_i + r·δ, B = β + Σ w_i·B_i + s·δ (in G2 and,
 * for C, in G1), C = Σ_{private} w_i·L_i + Σ p_j·H_j + s·A + r·B_1 − r·s·δ. A witness that does not
 * satisfy the circuit still yields a proof, but one that fails verification. Thread-safe.
 */
public final class Groth16Prover {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Groth16Prover() {}

  /** Proves for a full witness (wire 0 first), with fresh blinding from SecureRandom. */
  public static ProofWithSignals prove(ProvingKey pk, Fr[] witness) {
    return prove(pk, witness, randomScalar(), randomScalar());
  }

  /** Proves for a witness from the project's circuit solver. */
  public static ProofWithSignals prove(ProvingKey pk, Witness witness) {
    return prove(pk, witness.values());
  }

  /**
   * Proves with the given blinding factors: deterministic, for tests and reproducible fixtures
   * only, because reusing r or s across proofs of different witnesses leaks the witness.
   */
  public static ProofWithSignals prove(ProvingKey pk, Fr[] witness, Fr r, Fr s) {
    if (witness.length != pk.wires()) {
      throw new IllegalArgumentException(
          "the key has " + pk.wires() + " wires, the witness " + witness.length);
    }
    if (!Fr.ONE.equals(witness[0])) {
      throw new IllegalArgumentException("wire 0 of the witness must be one");
    }
    int publics = pk.publicSignals();
    VerifyingKey vk = pk.verifyingKey();
    Fr[] quotient = QuotientEvaluations.compute(pk.domainSize(), pk.coefficients(), witness);
    ProvingKey.QueryBases bases = pk.bases();
    // The witness is converted to scalar limbs once for the three MSMs over all wires and L's.
    long[] wires = Msm.scalarLimbs(witness);
    long[] privateWires = Arrays.copyOfRange(wires, (publics + 1) * FrArith.LIMBS, wires.length);

    G1 a = vk.alpha1().add(Msm.g1(bases.a(), wires)).add(pk.delta1().multiply(r));
    G2 b = vk.beta2().add(Msm.g2(bases.b2(), wires)).add(vk.delta2().multiply(s));
    G1 b1 = pk.beta1().add(Msm.g1(bases.b1(), wires)).add(pk.delta1().multiply(s));
    G1 c =
        Msm.g1(bases.l(), privateWires)
            .add(Msm.g1(bases.h(), Msm.scalarLimbs(quotient)))
            .add(a.multiply(s))
            .add(b1.multiply(r))
            .subtract(pk.delta1().multiply(r.mul(s)));

    List<Fr> signals = Arrays.asList(Arrays.copyOfRange(witness, 1, publics + 1));
    return new ProofWithSignals(
        new Proof(a.toAffine(), b.toAffine(), c.toAffine()), PublicSignals.ofField(signals));
  }

  static Fr randomScalar() {
    byte[] bytes = new byte[64];
    RANDOM.nextBytes(bytes);
    // 512 bits reduced mod r: the bias is below 2^-250.
    return Fr.fromBytesBigEndianReduced(bytes);
  }
}
