package io.validium.l1.contracts;

import io.validium.core.crypto.PoseidonParameters;
import io.validium.core.field.Fr;
import java.util.Arrays;

/**
 * The constants of the optimised Poseidon permutation (the Poseidon paper's appendix, as core's
 * native implementation uses it), derived from {@link PoseidonParameters}: partial rounds add one
 * constant and multiply by a sparse matrix, so they cost 2t-1 products instead of t².
 *
 * <p>Constants of partial rounds other than element 0's are carried through the MDS matrix into
 * later rounds and land in the first full round after them; the MDS matrix of each partial round
 * factors as a sparse matrix times diag(1, Â), and the diagonal blocks merge backwards into the
 * dense matrix {@link #preSparse} of the last full round before the partial rounds.
 */
final class OptimizedPoseidonSchedule {

  final int t;
  final int half;
  final int partialRounds;

  /** [fullRound][i] for the 8 full rounds, carried constants folded into the first after. */
  final Fr[][] fullConstants;

  /** One constant per partial round, added to element 0. */
  final Fr[] partialConstants;

  final Fr[][] mds;
  final Fr[][] preSparse;

  /** Per partial round: the sparse matrix's first row (t entries). */
  final Fr[][] sparseRow;

  /** Per partial round: the sparse matrix's first column below the diagonal (t-1 entries). */
  final Fr[][] sparseColumn;

  OptimizedPoseidonSchedule(PoseidonParameters p) {
    t = p.width();
    half = p.fullRounds() / 2;
    partialRounds = p.partialRounds();
    mds = new Fr[t][t];
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < t; j++) {
        mds[i][j] = p.mds(i, j);
      }
    }
    Fr[] carry = zeros(t);
    partialConstants = new Fr[partialRounds];
    for (int k = 0; k < partialRounds; k++) {
      Fr[] e = new Fr[t];
      for (int i = 0; i < t; i++) {
        e[i] = p.roundConstant(half + k, i).add(carry[i]);
      }
      partialConstants[k] = e[0];
      e[0] = Fr.ZERO;
      carry = times(mds, e);
    }
    fullConstants = new Fr[2 * half][t];
    for (int f = 0; f < 2 * half; f++) {
      int round = f < half ? f : f + partialRounds;
      for (int i = 0; i < t; i++) {
        Fr c = p.roundConstant(round, i);
        fullConstants[f][i] = f == half ? c.add(carry[i]) : c;
      }
    }
    sparseRow = new Fr[partialRounds][];
    sparseColumn = new Fr[partialRounds][];
    Fr[][] a = mds;
    for (int k = partialRounds - 1; k >= 0; k--) {
      Fr[][] hat = minor(a);
      Fr[][] hatInverse = inverse(hat);
      Fr[] row = new Fr[t];
      row[0] = a[0][0];
      for (int j = 1; j < t; j++) {
        Fr v = Fr.ZERO;
        for (int i = 1; i < t; i++) {
          v = v.add(a[0][i].mul(hatInverse[i - 1][j - 1]));
        }
        row[j] = v;
      }
      Fr[] column = new Fr[t - 1];
      for (int i = 1; i < t; i++) {
        column[i - 1] = a[i][0];
      }
      sparseRow[k] = row;
      sparseColumn[k] = column;
      a = multiply(blockDiagonal(hat), mds);
    }
    preSparse = a;
  }

  /** The permutation with this schedule, for checking it against core's Poseidon. */
  Fr[] permute(Fr[] input) {
    Fr[] s = input.clone();
    for (int f = 0; f < half; f++) {
      full(s, f, f == half - 1 ? preSparse : mds);
    }
    for (int k = 0; k < partialRounds; k++) {
      s[0] = s[0].add(partialConstants[k]).pow5();
      Fr s0 = s[0];
      Fr acc = Fr.ZERO;
      for (int j = 0; j < t; j++) {
        acc = acc.add(sparseRow[k][j].mul(s[j]));
      }
      for (int i = 1; i < t; i++) {
        s[i] = s[i].add(sparseColumn[k][i - 1].mul(s0));
      }
      s[0] = acc;
    }
    for (int f = half; f < 2 * half; f++) {
      full(s, f, mds);
    }
    return s;
  }

  private void full(Fr[] s, int f, Fr[][] m) {
    for (int i = 0; i < t; i++) {
      s[i] = s[i].add(fullConstants[f][i]).pow5();
    }
    Fr[] out = times(m, s);
    System.arraycopy(out, 0, s, 0, t);
  }

  private static Fr[] zeros(int n) {
    Fr[] z = new Fr[n];
    Arrays.fill(z, Fr.ZERO);
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

  private static Fr[][] multiply(Fr[][] a, Fr[][] b) {
    int n = a.length;
    Fr[][] out = new Fr[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Fr acc = Fr.ZERO;
        for (int k = 0; k < n; k++) {
          acc = acc.add(a[i][k].mul(b[k][j]));
        }
        out[i][j] = acc;
      }
    }
    return out;
  }

  /** Gauss-Jordan over Fr; the minors of a Cauchy matrix are invertible. */
  private static Fr[][] inverse(Fr[][] a) {
    int n = a.length;
    Fr[][] m = new Fr[n][2 * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = a[i][j];
        m[i][n + j] = i == j ? Fr.ONE : Fr.ZERO;
      }
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      while (m[pivot][col].isZero()) {
        pivot++;
      }
      Fr[] tmp = m[pivot];
      m[pivot] = m[col];
      m[col] = tmp;
      Fr inv = m[col][col].inverse();
      for (int j = 0; j < 2 * n; j++) {
        m[col][j] = m[col][j].mul(inv);
      }
      for (int i = 0; i < n; i++) {
        if (i != col && !m[i][col].isZero()) {
          Fr factor = m[i][col];
          for (int j = 0; j < 2 * n; j++) {
            m[i][j] = m[i][j].sub(factor.mul(m[col][j]));
          }
        }
      }
    }
    Fr[][] out = new Fr[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], n, out[i], 0, n);
    }
    return out;
  }

  private static Fr[][] minor(Fr[][] a) {
    int n = a.length - 1;
    Fr[][] out = new Fr[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i + 1], 1, out[i], 0, n);
    }
    return out;
  }

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
}
