package io.validium.core.crypto;

import io.validium.core.field.Fr;
import java.math.BigInteger;

/** The EdDSA-Poseidon algorithm of circomlibjs over Baby Jubjub, shared by the key types. */
final class EdDsaPoseidon {

  static final BigInteger L = BabyJubjub.SUBGROUP_ORDER;

  private EdDsaPoseidon() {}

  /**
   * Whether (R8, S) is a signature of m under A: S < l, A and R8 on the curve, and S·B8 = R8 +
   * (8h)·A with h = Poseidon(R8x, R8y, Ax, Ay, m). The cofactor 8 is part of the equation, not a
   * reduction of h, exactly as circomlibjs' verifyPoseidon and the circuit check it.
   */
  static boolean verify(Fr ax, Fr ay, Fr m, Fr r8x, Fr r8y, BigInteger s) {
    if (s.signum() < 0 || s.compareTo(L) >= 0) {
      return false;
    }
    if (!BabyJubjub.isOnCurve(ax, ay) || !BabyJubjub.isOnCurve(r8x, r8y)) {
      return false;
    }
    Fr h = challenge(r8x, r8y, ax, ay, m);
    return VerificationEquation.holds(
        ax, ay, r8x, r8y, h.toCanonicalLimbs(), ScalarRecoding.limbs(s, 4));
  }

  static Fr challenge(Fr r8x, Fr r8y, Fr ax, Fr ay, Fr m) {
    return Poseidon.hash(r8x, r8y, ax, ay, m);
  }

  /** The unsigned little-endian integer in {@code b[off..off+len)}. */
  static BigInteger littleEndian(byte[] b, int off, int len) {
    byte[] be = new byte[len];
    for (int i = 0; i < len; i++) {
      be[i] = b[off + len - 1 - i];
    }
    return new BigInteger(1, be);
  }

  /** The canonical 32-byte little-endian encoding circomlibjs feeds to the nonce hash. */
  static byte[] littleEndian32(Fr m) {
    byte[] be = m.toBytesBigEndian();
    byte[] le = new byte[be.length];
    for (int i = 0; i < be.length; i++) {
      le[i] = be[be.length - 1 - i];
    }
    return le;
  }
}
