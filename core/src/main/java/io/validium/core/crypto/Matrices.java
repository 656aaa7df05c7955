package io.validium.core.crypto;

import io.validium.core.field.Fr;

/** Small dense matrix operations over Fr, for deriving constants at start-up (not hot paths). */
final class Matrices {

  private Matrices() {}

  static Fr[][] multiply(Fr[][] a, Fr[][] b) {
    int n = a.length;
    int m = b[0].length;
    Fr[][] out = new Fr[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        Fr acc = Fr.ZERO;
        for (int k = 0; k < b.length; k++) {
          acc = acc.add(a[i][k].mul(b[k][j]));
        }
        out[i][j] = acc;
      }
    }
    return out;
  }

  /** Gauss-Jordan inverse; throws ArithmeticException if the matrix is singular. */
  static Fr[][] inverse(Fr[][] a) {
    int n = a.length;
    Fr[][] w = new Fr[n][2 * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        w[i][j] = a[i][j];
        w[i][n + j] = i == j ? Fr.ONE : Fr.ZERO;
      }
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      while (pivot < n && w[pivot][col].isZero()) {
        pivot++;
      }
      if (pivot == n) {
        throw new ArithmeticException("singular matrix");
      }
      Fr[] swap = w[col];
      w[col] = w[pivot];
      w[pivot] = swap;
      Fr scale = w[col][col].inverse();
      for (int j = 0; j < 2 * n; j++) {
        w[col][j] = w[col][j].mul(scale);
      }
      for (int i = 0; i < n; i++) {
        if (i != col && !w[i][col].isZero()) {
          Fr f = w[i][col];
          for (int j = 0; j < 2 * n; j++) {
            w[i][j] = w[i][j].sub(f.mul(w[col][j]));
          }
        }
      }
    }
    Fr[][] out = new Fr[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(w[i], n, out[i], 0, n);
    }
    return out;
  }
}
