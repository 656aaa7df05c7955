package io.validium.zk.gadgets;

import io.validium.core.crypto.BabyJubjub;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Linear;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import java.math.BigInteger;

/**
 * EdDSA-Poseidon verification in a circuit, deciding exactly what {@code
 * io.validium.core.crypto.EdDsaPublicKey#verify} decides: S < l, A and R8 on the curve, and S·B8 =
 * R8 + (8h)·A with h = Poseidon(R8x, R8y, Ax, Ay, M). The cofactor stays in the equation as three
 * doublings of A; h is not reduced.
 */
public final class EdDsaPoseidonGadget {

  /**
   * S is decomposed into this many bits; l < 2^251, so a valid S fits, and l - 1 - S fitting in as
   * many bits then proves S <= l - 1 (a negative difference wraps to above r - 2^251).
   */
  static final int S_BITS = BabyJubjub.SUBGROUP_ORDER.bitLength();

  private static final Fr L_MINUS_ONE =
      Fr.fromBigInteger(BabyJubjub.SUBGROUP_ORDER.subtract(BigInteger.ONE));

  private EdDsaPoseidonGadget() {}

  /** Constrains (R8, S) to be a valid signature of message m under the public key A. */
  public static void verify(
      CircuitBuilder api, CircuitPoint publicKey, Linear message, CircuitPoint r8, Linear s) {
    try (CircuitBuilder.Scope scope = api.scope("eddsa")) {
      BabyJubjubGadget.assertOnCurve(api, publicKey);
      BabyJubjubGadget.assertOnCurve(api, r8);

      Variable[] sBits;
      try (CircuitBuilder.Scope lt = api.scope("sBelowL")) {
        sBits = Bits.toBinary(api, s, S_BITS);
        Bits.rangeCheck(api, LinearCombination.constant(L_MINUS_ONE).sub(s), S_BITS);
      }

      LinearCombination h =
          PoseidonGadget.hash(api, r8.x(), r8.y(), publicKey.x(), publicKey.y(), message);
      // Canonical bits: h + r would be a different multiplier, since 8A need not have order r.
      Variable[] hBits = Bits.toBinaryStrict(api, h);

      CircuitPoint eightA = publicKey;
      for (int i = 0; i < 3; i++) {
        eightA = BabyJubjubGadget.dbl(api, eightA);
      }
      CircuitPoint right =
          BabyJubjubGadget.add(api, r8, BabyJubjubGadget.scalarMul(api, eightA, hBits));
      CircuitPoint left = BabyJubjubGadget.fixedBaseMul(api, BabyJubjub.BASE8, sBits);
      api.assertEqual(left.x(), right.x(), "x");
      api.assertEqual(left.y(), right.y(), "y");
    }
  }
}
