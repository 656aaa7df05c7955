package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.msm.Msm;
import io.validium.zk.r1cs.Constraint;
import io.validium.zk.r1cs.SparseRow;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Phase 2's per-wire sums, for every wire i: A_i = Σ_k a_ki·[L_k(τ)]_1, B_i = Σ_k b_ki·[L_k(τ)]_1
 * and ·[L_k(τ)]_2, and IC/L_i = Σ_k (a_ki·[βL_k(τ)]_1 + b_ki·[αL_k(τ)]_1 + c_ki·[L_k(τ)]_1).
 *
 * <p>The matrices are transposed once into columns (the entries of each wire), then every column is
 * one multi-scalar sum, columns in parallel: Straus's shared doublings for the usual few entries,
 * Pippenger for a long column such as the constant wire's. The sums are group elements, so neither
 * the order of the additions nor the number of threads can change the key.
 */
final class QueryColumns {

  /** From this many entries a column is summed with the bucket method (measured crossover). */
  static final int BUCKETS_FROM = 128;

  final G1[] a;
  final G1[] b1;
  final G2[] b2;
  final G1[] abc;

  private QueryColumns(G1[] a, G1[] b1, G2[] b2, G1[] abc) {
    this.a = a;
    this.b1 = b1;
    this.b2 = b2;
    this.abc = abc;
  }

  /**
   * The sums for the constraints and, as snarkjs adds them, one extra A row a_i = 1 at row m + i
   * for each wire i up to the public signals.
   */
  static QueryColumns of(
      int wires, int publicSignals, List<Constraint> constraints, Phase1Parameters p1) {
    int m = constraints.size();
    Columns colA = new Columns(wires);
    Columns colB = new Columns(wires);
    Columns colC = new Columns(wires);
    for (Constraint c : constraints) {
      colA.count(c.a(), wires);
      colB.count(c.b(), wires);
      colC.count(c.c(), wires);
    }
    for (int s = 0; s <= publicSignals; s++) {
      colA.counts[s]++;
    }
    colA.allocate();
    colB.allocate();
    colC.allocate();
    for (int k = 0; k < m; k++) {
      Constraint c = constraints.get(k);
      colA.fill(c.a(), k);
      colB.fill(c.b(), k);
      colC.fill(c.c(), k);
    }
    for (int s = 0; s <= publicSignals; s++) {
      colA.put(s, m + s, Fr.ONE);
    }
    G1[] tau1 = p1.tauLagrange1().toArray(new G1[0]);
    G2[] tau2 = p1.tauLagrange2().toArray(new G2[0]);
    G1[] alphaTau = p1.alphaTauLagrange1().toArray(new G1[0]);
    G1[] betaTau = p1.betaTauLagrange1().toArray(new G1[0]);
    G1[] a = new G1[wires];
    G1[] b1 = new G1[wires];
    G2[] b2 = new G2[wires];
    G1[] abc = new G1[wires];
    IntStream.range(0, wires)
        .parallel()
        .forEach(
            s -> {
              a[s] = sum1(colA.bases(s, tau1), colA.scalars(s));
              b1[s] = sum1(colB.bases(s, tau1), colB.scalars(s));
              b2[s] = sum2(colB.bases2(s, tau2), colB.scalars(s));
              abc[s] =
                  sum1(
                      concat(colA.bases(s, betaTau), colB.bases(s, alphaTau), colC.bases(s, tau1)),
                      concat(colA.scalars(s), colB.scalars(s), colC.scalars(s)));
            });
    return new QueryColumns(Msm.g1Affine(a), Msm.g1Affine(b1), Msm.g2Affine(b2), Msm.g1Affine(abc));
  }

  private static G1 sum1(G1[] bases, Fr[] scalars) {
    return bases.length >= BUCKETS_FROM ? Msm.g1(bases, scalars) : Msm.g1Few(bases, scalars);
  }

  private static G2 sum2(G2[] bases, Fr[] scalars) {
    return bases.length >= BUCKETS_FROM ? Msm.g2(bases, scalars) : Msm.g2Few(bases, scalars);
  }

  private static G1[] concat(G1[] x, G1[] y, G1[] z) {
    G1[] out = new G1[x.length + y.length + z.length];
    System.arraycopy(x, 0, out, 0, x.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    System.arraycopy(z, 0, out, x.length + y.length, z.length);
    return out;
  }

  private static Fr[] concat(Fr[] x, Fr[] y, Fr[] z) {
    Fr[] out = new Fr[x.length + y.length + z.length];
    System.arraycopy(x, 0, out, 0, x.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    System.arraycopy(z, 0, out, x.length + y.length, z.length);
    return out;
  }

  /** One matrix by columns: the rows and coefficients of wire s at [start[s], start[s + 1]). */
  private static final class Columns {
    final int[] counts;
    int[] start;
    int[] next;
    int[] rows;
    Fr[] values;

    Columns(int wires) {
      counts = new int[wires];
    }

    void count(SparseRow row, int wires) {
      for (int t = 0; t < row.size(); t++) {
        int s = row.wire(t);
        if (s < 0 || s >= wires) {
          throw new IllegalArgumentException("constraint refers to wire " + s + " of " + wires);
        }
        counts[s]++;
      }
    }

    void allocate() {
      start = new int[counts.length + 1];
      for (int s = 0; s < counts.length; s++) {
        start[s + 1] = start[s] + counts[s];
      }
      next = start.clone();
      rows = new int[start[counts.length]];
      values = new Fr[rows.length];
    }

    void fill(SparseRow row, int k) {
      for (int t = 0; t < row.size(); t++) {
        put(row.wire(t), k, row.coefficient(t));
      }
    }

    void put(int wire, int row, Fr value) {
      int at = next[wire]++;
      rows[at] = row;
      values[at] = value;
    }

    G1[] bases(int s, G1[] points) {
      G1[] out = new G1[start[s + 1] - start[s]];
      for (int i = 0; i < out.length; i++) {
        out[i] = points[rows[start[s] + i]];
      }
      return out;
    }

    G2[] bases2(int s, G2[] points) {
      G2[] out = new G2[start[s + 1] - start[s]];
      for (int i = 0; i < out.length; i++) {
        out[i] = points[rows[start[s] + i]];
      }
      return out;
    }

    Fr[] scalars(int s) {
      Fr[] out = new Fr[start[s + 1] - start[s]];
      System.arraycopy(values, start[s], out, 0, out.length);
      return out;
    }
  }
}
