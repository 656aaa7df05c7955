package io.validium.zk.groth16;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq2;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The deterministic generator snarkjs derives ceremony points from: ChaCha20's block function (ten
 * double rounds, 64-bit counter in words 12 to 15, no nonce) keyed by eight big-endian words of a
 * hash, and ffjavascript's way of turning its output into field elements and G2 points.
 *
 * <p>Matching it bit for bit is what lets {@code snarkjs zkey verify} recompute the G2 point of a
 * contribution made here from its transcript.
 */
final class SnarkjsRng {

  private static final BigInteger Q = Fq.MODULUS;
  private static final BigInteger MASK =
      BigInteger.ONE.shiftLeft(Q.bitLength()).subtract(BigInteger.ONE);
  private static final BigInteger R_INVERSE = BigInteger.ONE.shiftLeft(256).modInverse(Q);
  private static final BigInteger HALF = Q.subtract(BigInteger.ONE).shiftRight(1);
  private static final BigInteger G2_COFACTOR =
      new BigInteger("30644e72e131a029b85045b68181585e06ceecda572a2489345f2299c0f9fa8d", 16);

  private final int[] state = new int[16];
  private final int[] block = new int[16];
  private int index = 16;

  private SnarkjsRng(int[] seed) {
    state[0] = 0x61707865;
    state[1] = 0x3320646e;
    state[2] = 0x79622d32;
    state[3] = 0x6b206574;
    System.arraycopy(seed, 0, state, 4, 8);
  }

  /** The generator keyed by the first 32 bytes of {@code hash}, as snarkjs's hashToG2 keys it. */
  static SnarkjsRng fromHash(byte[] hash) {
    int[] seed = new int[8];
    for (int i = 0; i < 8; i++) {
      seed[i] =
          ((hash[4 * i] & 0xff) << 24)
              | ((hash[4 * i + 1] & 0xff) << 16)
              | ((hash[4 * i + 2] & 0xff) << 8)
              | (hash[4 * i + 3] & 0xff);
    }
    return new SnarkjsRng(seed);
  }

  /** snarkjs's hashToG2: the G2 point its generator keyed by {@code hash} yields. */
  static G2 hashToG2(byte[] hash) {
    return fromHash(hash).nextG2();
  }

  long nextU32() {
    if (index == 16) {
      refill();
    }
    return Integer.toUnsignedLong(block[index++]);
  }

  private BigInteger nextU64() {
    // The first word drawn is the high half.
    return BigInteger.valueOf(nextU32()).shiftLeft(32).or(BigInteger.valueOf(nextU32()));
  }

  /**
   * A base-field element: 254 random bits below q, which ffjavascript then reads as a Montgomery
   * value, so the element is that number times 2^-256.
   */
  Fq nextFq() {
    BigInteger v;
    do {
      v = BigInteger.ZERO;
      for (int i = 0; i < 4; i++) {
        v = v.add(nextU64().shiftLeft(64 * i));
      }
      v = v.and(MASK);
    } while (v.compareTo(Q) >= 0);
    return Fq.fromBigInteger(v.multiply(R_INVERSE).mod(Q));
  }

  /** A G2 point: random x until x³ + b' is a square, the root's sign from a drawn bit, times h. */
  G2 nextG2() {
    while (true) {
      Fq2 x = Fq2.of(nextFq(), nextFq());
      boolean greatest = (nextU32() & 1) == 1;
      Optional<Fq2> root = x.square().mul(x).add(Bn254.TWIST_B).sqrt();
      if (root.isEmpty()) {
        continue;
      }
      Fq2 y = root.get();
      if (greatest ^ isNegative(y)) {
        y = y.neg();
      }
      return G2.fromAffine(x, y).multiply(G2_COFACTOR);
    }
  }

  /** ffjavascript's sign of an Fq2 element: that of c1, or of c0 when c1 is zero. */
  private static boolean isNegative(Fq2 v) {
    Fq decisive = v.c1().isZero() ? v.c0() : v.c1();
    return decisive.toBigInteger().compareTo(HALF) > 0;
  }

  private void refill() {
    System.arraycopy(state, 0, block, 0, 16);
    for (int i = 0; i < 10; i++) {
      quarter(block, 0, 4, 8, 12);
      quarter(block, 1, 5, 9, 13);
      quarter(block, 2, 6, 10, 14);
      quarter(block, 3, 7, 11, 15);
      quarter(block, 0, 5, 10, 15);
      quarter(block, 1, 6, 11, 12);
      quarter(block, 2, 7, 8, 13);
      quarter(block, 3, 4, 9, 14);
    }
    for (int i = 0; i < 16; i++) {
      block[i] += state[i];
    }
    index = 0;
    for (int w = 12; w < 16 && ++state[w] == 0; w++) {
      // Carry into the next counter word.
    }
  }

  private static void quarter(int[] s, int a, int b, int c, int d) {
    s[a] += s[b];
    s[d] = Integer.rotateLeft(s[d] ^ s[a], 16);
    s[c] += s[d];
    s[b] = Integer.rotateLeft(s[b] ^ s[c], 12);
    s[a] += s[b];
    s[d] = Integer.rotateLeft(s[d] ^ s[a], 8);
    s[c] += s[d];
    s[b] = Integer.rotateLeft(s[b] ^ s[c], 7);
  }
}
