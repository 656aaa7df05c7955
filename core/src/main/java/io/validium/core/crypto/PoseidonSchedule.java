package io.validium.core.crypto;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;

/**
 * Precomputed constants for the optimised Poseidon permutation, in Montgomery limbs.
 *
 * <p>Two exact rewrites of the textbook permutation, from the Poseidon paper's appendix on
 * efficient implementation, make a partial round cost 2t-1 multiplications instead of t²:
 *
 * <ol>
 *   <li>A partial round's S-box touches only element 0, so the constants it adds to elements 1..t-1
 *       can be added after the S-box instead, then pushed through the MDS matrix into the next
 *       round's constants. Carried forward, partial rounds add a single scalar and the remainder
 *       lands in the first full round after them.
 *   <li>Any matrix A factors as A = S·D with D = diag(1, Â) (Â = A without row and column 0) and S
 *       sparse: first row (a00, a01ᵀ·Â⁻¹), first column a10, identity elsewhere. D acts only on
 *       elements 1..t-1, so it commutes with a partial round's S-box and merges into the previous
 *       round's matrix. Walking backwards from the last partial round leaves one sparse S per
 *       partial round and a dense P = D·M for the last full round before them.
 * </ol>
 *
 * <p>Everything here is derived from {@link PoseidonParameters} at start-up, with {@link Fr}
 * arithmetic; the tests check the result against a textbook implementation and circomlib vectors.
 * The public accessors give the same constants as field elements, for code generators (the L1
 * Poseidon contracts are unrolled from them).
 */
public final class PoseidonSchedule {

  private static final int L = FrArith.LIMBS;

  final int width;
  final int halfFullRounds;
  final int partialRounds;

  /** Full-round constants, [round][i], with the carried partial-round constants folded in. */
  final long[] fullConstants;

  /** One scalar per partial round, added to element 0 before its S-box. */
  final long[] partialConstants;

  /** The MDS matrix, row-major. */
  final long[] mds;

  /** The dense matrix of the last full round before the partial rounds, row-major. */
  final long[] preSparse;

  /**
   * Per partial round, 2t-1 entries: the sparse matrix's first row (t), then its first column below
   * the diagonal (t-1).
   */
  final long[] sparse;

  private PoseidonSchedule(PoseidonParameters p) {
    int t = p.width();
    width = t;
    halfFullRounds = p.fullRounds() / 2;
    partialRounds = p.partialRounds();
    Fr[][] m = new Fr[t][t];
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < t; j++) {
        m[i][j] = p.mds(i, j);
      }
    }
    mds = flatten(m);

    Fr[] carry = zeros(t);
    Fr[] partial = new Fr[partialRounds];
    for (int k = 0; k < partialRounds; k++) {
      Fr[] e = new Fr[t];
      for (int i = 0; i < t; i++) {
        e[i] = p.roundConstant(halfFullRounds + k, i).add(carry[i]);
      }
      partial[k] = e[0];
      e[0] = Fr.ZERO;
      carry = times(m, e);
    }
    partialConstants = new long[partialRounds * L];
    for (int k = 0; k < partialRounds; k++) {
      FrArith.load(partial[k], partialConstants, k * L);
    }
    fullConstants = new long[2 * halfFullRounds * t * L];
    for (int f = 0; f < 2 * halfFullRounds; f++) {
      int round = f < halfFullRounds ? f : f + partialRounds;
      for (int i = 0; i < t; i++) {
        Fr c = p.roundConstant(round, i);
        if (f == halfFullRounds) {
          c = c.add(carry[i]);
        }
        FrArith.load(c, fullConstants, (f * t + i) * L);
      }
    }

    int stride = 2 * t - 1;
    sparse = new long[partialRounds * stride * L];
    Fr[][] a = m;
    for (int k = partialRounds - 1; k >= 0; k--) {
      Fr[][] hat = minor(a);
      Fr[][] hatInverse = Matrices.inverse(hat);
      int base = k * stride;
      FrArith.load(a[0][0], sparse, base * L);
      for (int j = 1; j < t; j++) {
        Fr v = Fr.ZERO;
        for (int i = 1; i < t; i++) {
          v = v.add(a[0][i].mul(hatInverse[i - 1][j - 1]));
        }
        FrArith.load(v, sparse, (base + j) * L);
      }
      for (int i = 1; i < t; i++) {
        FrArith.load(a[i][0], sparse, (base + t + i - 1) * L);
      }
      a = Matrices.multiply(blockDiagonal(hat), m);
    }
    preSparse = flatten(a);
  }

  /** The optimised schedule of the permutation with parameters {@code p}. */
  public static PoseidonSchedule of(PoseidonParameters p) {
    return new PoseidonSchedule(p);
  }

  /** The state width t (inputs plus one). */
  public int width() {
    return width;
  }

  /** Full rounds before the partial rounds (as many come after them). */
  public int halfFullRounds() {
    return halfFullRounds;
  }

  /** The number of partial rounds. */
  public int partialRounds() {
    return partialRounds;
  }

  /**
   * Full round {@code f}'s constant for element {@code i}, {@code f} counting full rounds only (0
   * to {@code 2 * halfFullRounds() - 1}); round {@code halfFullRounds()} includes the constants
   * carried out of the partial rounds.
   */
  public Fr fullConstant(int f, int i) {
    checkIndex(f, 2 * halfFullRounds, "full round");
    checkIndex(i, width, "element");
    return FrArith.toFr(fullConstants, (f * width + i) * L);
  }

  /** Partial round {@code k}'s one constant, added to element 0 before its S-box. */
  public Fr partialConstant(int k) {
    checkIndex(k, partialRounds, "partial round");
    return FrArith.toFr(partialConstants, k * L);
  }

  /** The MDS matrix's entry (row {@code i}, column {@code j}), used by every full round but one. */
  public Fr mds(int i, int j) {
    checkIndex(i, width, "row");
    checkIndex(j, width, "column");
    return FrArith.toFr(mds, (i * width + j) * L);
  }

  /** The dense matrix of the last full round before the partial rounds, entry (i, j). */
  public Fr preSparse(int i, int j) {
    checkIndex(i, width, "row");
    checkIndex(j, width, "column");
    return FrArith.toFr(preSparse, (i * width + j) * L);
  }

  /** Entry {@code j} (0 to t-1) of the first row of partial round {@code k}'s sparse matrix. */
  public Fr sparseRow(int k, int j) {
    checkIndex(k, partialRounds, "partial round");
    checkIndex(j, width, "column");
    return FrArith.toFr(sparse, (k * (2 * width - 1) + j) * L);
  }

  /**
   * Entry {@code i} (1 to t-1) of the first column of partial round {@code k}'s sparse matrix, the
   * multiplier of the S-boxed element 0 added to element {@code i}.
   */
  public Fr sparseColumn(int k, int i) {
    checkIndex(k, partialRounds, "partial round");
    if (i < 1 || i >= width) {
      throw new IndexOutOfBoundsException("row " + i + " is not in 1.." + (width - 1));
    }
    return FrArith.toFr(sparse, (k * (2 * width - 1) + width + i - 1) * L);
  }

  private static void checkIndex(int i, int bound, String what) {
    if (i < 0 || i >= bound) {
      throw new IndexOutOfBoundsException(what + " " + i + " is not in 0.." + (bound - 1));
    }
  }

  private static Fr[] zeros(int n) {
    Fr[] z = new Fr[n];
    java.util.Arrays.fill(z, Fr.ZERO);
    return z;
  }

  private static Fr[] times(Fr[][] m, Fr[] v) {
    Fr[] out = new Fr[v.length];
    for (int i = 0; i < v.length; i++) {
      Fr acc = Fr.ZERO;
      for (int j = 0; j < v.length; j++) {
        acc = acc.add(m[i][j].mul(v[j]));
      }
      out[i] = acc;
    }
    return out;
  }

  /** A without row 0 and column 0. */
  private static Fr[][] minor(Fr[][] a) {
    int n = a.length - 1;
    Fr[][] out = new Fr[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i + 1], 1, out[i], 0, n);
    }
    return out;
  }

  /** diag(1, hat). */
  private static Fr[][] blockDiagonal(Fr[][] hat) {
    int n = hat.length + 1;
    Fr[][] out = new Fr[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = i == 0 || j == 0 ? (i == j ? Fr.ONE : Fr.ZERO) : hat[i - 1][j - 1];
      }
    }
    return out;
  }

  private static long[] flatten(Fr[][] m) {
    int t = m.length;
    long[] out = new long[t * t * L];
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < t; j++) {
        FrArith.load(m[i][j], out, (i * t + j) * L);
      }
    }
    return out;
  }
}
