package io.validium.core.crypto;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Poseidon parameters for the BN254 scalar field as circomlib uses them: x^5 S-box, 8 full rounds,
 * and partial rounds by width t = 2..7 of 56, 57, 56, 60, 60, 63.
 *
 * <p>The round constants and the Cauchy MDS matrix are derived here with the Grain LFSR exactly as
 * the Poseidon authors' reference script does, rather than copied from a table, so the only trusted
 * inputs are the field, the round counts and the algorithm; the circomlib test vectors then confirm
 * the derivation. Instances are generated lazily, once per width, and are immutable.
 */
public final class PoseidonParameters {

  /** Smallest supported state width (one input). */
  public static final int MIN_WIDTH = 2;

  /** Largest supported state width (six inputs). */
  public static final int MAX_WIDTH = 7;

  /** Number of full rounds, half before and half after the partial rounds. */
  public static final int FULL_ROUNDS = 8;

  private static final int[] PARTIAL_ROUNDS = {56, 57, 56, 60, 60, 63};

  /** Grain seed fields: prime field, x^alpha S-box, and the bit length of r. */
  private static final int FIELD_TYPE_PRIME = 1;

  private static final int SBOX_POWER = 0;
  private static final int FIELD_BITS = 254;

  private static final AtomicReferenceArray<PoseidonParameters> CACHE =
      new AtomicReferenceArray<>(MAX_WIDTH + 1);

  private final int width;
  private final int partialRounds;
  private final Fr[] roundConstants;
  private final Fr[][] mds;

  private PoseidonParameters(int width, int partialRounds, Fr[] roundConstants, Fr[][] mds) {
    this.width = width;
    this.partialRounds = partialRounds;
    this.roundConstants = roundConstants;
    this.mds = mds;
  }

  /** The parameters for state width {@code t} (inputs + 1), generated on first use. */
  public static PoseidonParameters forWidth(int t) {
    if (t < MIN_WIDTH || t > MAX_WIDTH) {
      throw new IllegalArgumentException(
          "Poseidon width must be " + MIN_WIDTH + ".." + MAX_WIDTH + ", got " + t);
    }
    PoseidonParameters p = CACHE.get(t);
    if (p == null) {
      p = generate(t);
      if (!CACHE.compareAndSet(t, null, p)) {
        p = CACHE.get(t);
      }
    }
    return p;
  }

  private static PoseidonParameters generate(int t) {
    int partial = PARTIAL_ROUNDS[t - MIN_WIDTH];
    GrainLfsr grain =
        new GrainLfsr(FIELD_TYPE_PRIME, SBOX_POWER, FIELD_BITS, t, FULL_ROUNDS, partial);
    BigInteger r = Fr.MODULUS;

    // Round constants come first from the stream, sampled by rejection so they are uniform.
    Fr[] constants = new Fr[(FULL_ROUNDS + partial) * t];
    for (int i = 0; i < constants.length; i++) {
      BigInteger v = grain.nextBits(FIELD_BITS);
      while (v.compareTo(r) >= 0) {
        v = grain.nextBits(FIELD_BITS);
      }
      constants[i] = Fr.fromBigInteger(v);
    }
    return new PoseidonParameters(t, partial, constants, cauchyMatrix(grain, t));
  }

  /**
   * M[i][j] = 1 / (x_i + y_j) from 2t further samples (reduced mod r, not rejected), redrawn as the
   * reference script does while any sample repeats or any x_i + y_j is zero.
   *
   * <p>The script also screens the matrix against infinitely long invariant subspace trails and
   * redraws on failure. For the widths supported here the first draw passes (the circomlib vectors
   * pin the resulting matrices), so the screen, which needs eigenspace computations, is not
   * repeated at run time.
   */
  private static Fr[][] cauchyMatrix(GrainLfsr grain, int t) {
    while (true) {
      Fr[] samples = new Fr[2 * t];
      Set<Fr> distinct = new HashSet<>();
      do {
        distinct.clear();
        for (int i = 0; i < samples.length; i++) {
          samples[i] = Fr.reduce(grain.nextBits(FIELD_BITS));
          distinct.add(samples[i]);
        }
      } while (distinct.size() != samples.length);

      Fr[][] m = new Fr[t][t];
      boolean invertible = true;
      for (int i = 0; i < t && invertible; i++) {
        for (int j = 0; j < t && invertible; j++) {
          Fr sum = samples[i].add(samples[t + j]);
          invertible = !sum.isZero();
          m[i][j] = invertible ? sum.inverse() : null;
        }
      }
      if (invertible) {
        return m;
      }
    }
  }

  /** State width t. */
  public int width() {
    return width;
  }

  /** Number of full rounds (always 8). */
  public int fullRounds() {
    return FULL_ROUNDS;
  }

  /** Number of partial rounds for this width. */
  public int partialRounds() {
    return partialRounds;
  }

  /** Total number of rounds. */
  public int rounds() {
    return FULL_ROUNDS + partialRounds;
  }

  /** The constant added to state element {@code i} at the start of round {@code round}. */
  public Fr roundConstant(int round, int i) {
    return roundConstants[round * width + i];
  }

  /** MDS matrix entry; the linear layer computes new[i] = sum_j mds(i, j) * state[j]. */
  public Fr mds(int i, int j) {
    return mds[i][j];
  }
}
