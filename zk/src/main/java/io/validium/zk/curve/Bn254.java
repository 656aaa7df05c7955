package io.validium.zk.curve;

import io.validium.core.field.Fr;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq2;
import java.math.BigInteger;

/**
 * Parameters of the BN254 (alt_bn128) curve: every BN curve derives its moduli from one seed u, q =
 * 36u⁴ + 36u³ + 24u² + 6u + 1 and r = 36u⁴ + 36u³ + 18u² + 6u + 1.
 */
public final class Bn254 {

  /** The BN seed u (also called x₀); positive for BN254. */
  public static final BigInteger SEED = new BigInteger("4965661367192848881");

  /** The base-field modulus q. */
  public static final BigInteger BASE_FIELD_MODULUS = Fq.MODULUS;

  /** The prime order r of G1, G2 and the pairing's target group. */
  public static final BigInteger ORDER = Fr.MODULUS;

  /** b = 3, the constant of G1's curve y² = x³ + b. */
  public static final Fq B = Fq.of(3);

  /** b' = b/ξ, the constant of the D-type sextic twist y² = x³ + b' that carries G2. */
  public static final Fq2 TWIST_B = Fq2.of(B, Fq.ZERO).mul(Fq2.NON_RESIDUE.inverse());

  /** 6u + 2, the length of the optimal ate Miller loop. */
  public static final BigInteger ATE_LOOP_COUNT =
      SEED.multiply(BigInteger.valueOf(6)).add(BigInteger.TWO);

  private Bn254() {}
}
