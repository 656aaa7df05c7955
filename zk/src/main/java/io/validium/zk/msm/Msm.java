package io.validium.zk.msm;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G1Arith;
import io.validium.zk.curve.G2;
import io.validium.zk.curve.G2Arith;
import java.util.Objects;

/**
 * Multi-scalar multiplication Σ kᵢ·Pᵢ over G1 and G2, on all processors.
 *
 * <p>Scalars come either as {@link Fr} elements or, for callers that produce them in bulk, as one
 * flat {@code long[]} of canonical (not Montgomery) values, four little-endian limbs per scalar,
 * scalar i at {@code [4i, 4i+4)}, each below r. Bases come as points or, for repeated use, as
 * {@link G1Bases}/{@link G2Bases} converted to affine once. There must be exactly one scalar per
 * base. Running time depends on the scalars, so this is for the prover's own secrets only in
 * settings where timing is not observable.
 */
public final class Msm {

  private Msm() {}

  /** Σ scalars[i]·bases[i]; infinity for no points. */
  public static G1 g1(G1[] bases, Fr[] scalars) {
    return g1(G1Bases.of(bases), scalars);
  }

  /** Σ kᵢ·bases[i] for the canonical scalar limbs kᵢ. */
  public static G1 g1(G1[] bases, long[] scalars) {
    return g1(G1Bases.of(bases), scalars);
  }

  /** Σ scalars[i]·bases[i]. */
  public static G1 g1(G1Bases bases, Fr[] scalars) {
    return g1(bases, Scalars.fromElements(Objects.requireNonNull(scalars, "scalars")), null);
  }

  /** Σ kᵢ·bases[i] for the canonical scalar limbs kᵢ. */
  public static G1 g1(G1Bases bases, long[] scalars) {
    return g1(bases, checked(scalars), null);
  }

  /** Σ scalars[i]·bases[i]; infinity for no points. */
  public static G2 g2(G2[] bases, Fr[] scalars) {
    return g2(G2Bases.of(bases), scalars);
  }

  /** Σ kᵢ·bases[i] for the canonical scalar limbs kᵢ. */
  public static G2 g2(G2[] bases, long[] scalars) {
    return g2(G2Bases.of(bases), scalars);
  }

  /** Σ scalars[i]·bases[i]. */
  public static G2 g2(G2Bases bases, Fr[] scalars) {
    return g2(bases, Scalars.fromElements(Objects.requireNonNull(scalars, "scalars")), null);
  }

  /** Σ kᵢ·bases[i] for the canonical scalar limbs kᵢ. */
  public static G2 g2(G2Bases bases, long[] scalars) {
    return g2(bases, checked(scalars), null);
  }

  /**
   * Σ scalars[i]·bases[i] on the calling thread (Straus's shared doublings): for sums of a few
   * points, below about a hundred, many of which run side by side, such as the per-wire sums of a
   * Groth16 setup; a single large sum is faster with {@link #g1(G1[], Fr[])}.
   */
  public static G1 g1Few(G1[] bases, Fr[] scalars) {
    requireSameLength(bases.length, scalars.length);
    long[] jac = new long[bases.length * G1Arith.POINT_LIMBS];
    for (int i = 0; i < bases.length; i++) {
      G1Arith.load(bases[i], jac, i * G1Arith.POINT_LIMBS);
    }
    long[] sum = Straus.sum(Group.G1.newOps(), jac, Scalars.fromElements(scalars), bases.length);
    return G1Arith.toG1(sum, 0);
  }

  /** Σ scalars[i]·bases[i] on the calling thread; see {@link #g1Few}. */
  public static G2 g2Few(G2[] bases, Fr[] scalars) {
    requireSameLength(bases.length, scalars.length);
    long[] jac = new long[bases.length * G2Arith.POINT_LIMBS];
    for (int i = 0; i < bases.length; i++) {
      G2Arith.load(bases[i], jac, i * G2Arith.POINT_LIMBS);
    }
    long[] sum = Straus.sum(Group.G2.newOps(), jac, Scalars.fromElements(scalars), bases.length);
    return G2Arith.toG2(sum, 0);
  }

  /** The points in affine form (Z = 1), converted in parallel chunks with one inversion each. */
  public static G1[] g1Affine(G1[] points) {
    return g1Points(
        Batches.affine(
            Group.G1, points.length, (i, out, oo) -> G1Arith.load(points[i], out, oo), null));
  }

  /** The points in affine form (Z = 1), converted in parallel chunks with one inversion each. */
  public static G2[] g2Affine(G2[] points) {
    return g2Points(
        Batches.affine(
            Group.G2, points.length, (i, out, oo) -> G2Arith.load(points[i], out, oo), null));
  }

  /** Every point times k, in affine form, computed in parallel chunks. */
  public static G1[] g1Scaled(G1[] points, Fr k) {
    long[] scalar = Scalars.fromElements(new Fr[] {k});
    return g1Points(
        Batches.affine(
            Group.G1, points.length, (i, out, oo) -> G1Arith.load(points[i], out, oo), scalar));
  }

  /** Every point times k, in affine form, computed in parallel chunks. */
  public static G2[] g2Scaled(G2[] points, Fr k) {
    long[] scalar = Scalars.fromElements(new Fr[] {k});
    return g2Points(
        Batches.affine(
            Group.G2, points.length, (i, out, oo) -> G2Arith.load(points[i], out, oo), scalar));
  }

  private static G1[] g1Points(long[] affine) {
    int a = G1Arith.AFFINE_LIMBS;
    G1[] out = new G1[affine.length / a];
    G1Ops ops = new G1Ops();
    long[] jac = new long[G1Arith.POINT_LIMBS];
    for (int i = 0; i < out.length; i++) {
      if (allZero(affine, i * a, a)) {
        out[i] = G1.INFINITY;
      } else {
        ops.fromAffine(affine, i * a, jac, 0);
        out[i] = G1Arith.toG1(jac, 0);
      }
    }
    return out;
  }

  private static G2[] g2Points(long[] affine) {
    int a = G2Arith.AFFINE_LIMBS;
    G2[] out = new G2[affine.length / a];
    G2Ops ops = new G2Ops();
    long[] jac = new long[G2Arith.POINT_LIMBS];
    for (int i = 0; i < out.length; i++) {
      if (allZero(affine, i * a, a)) {
        out[i] = G2.INFINITY;
      } else {
        ops.fromAffine(affine, i * a, jac, 0);
        out[i] = G2Arith.toG2(jac, 0);
      }
    }
    return out;
  }

  // (0, 0) is not on either curve, so Normalization uses it for infinity.
  private static boolean allZero(long[] limbs, int from, int count) {
    long or = 0;
    for (int i = from; i < from + count; i++) {
      or |= limbs[i];
    }
    return or == 0;
  }

  private static void requireSameLength(int bases, int scalars) {
    if (bases != scalars) {
      throw new IllegalArgumentException(bases + " bases but " + scalars + " scalars");
    }
  }

  /**
   * The canonical limbs of the elements in the flat layout the {@code long[]} forms take, so that a
   * caller running several MSMs over the same scalars converts them once.
   */
  public static long[] scalarLimbs(Fr[] elements) {
    return Scalars.fromElements(Objects.requireNonNull(elements, "elements"));
  }

  /** With a fixed plan, or a null one to choose by size; tests use it to cover every path. */
  static G1 g1(G1Bases bases, long[] scalars, Plan plan) {
    long[] sum = Pippenger.run(sized(bases.affine, scalars), scalars, plan);
    return new G1Arith().isInfinity(sum, 0) ? G1.INFINITY : G1Arith.toG1(sum, 0);
  }

  /** With a fixed plan, or a null one to choose by size; tests use it to cover every path. */
  static G2 g2(G2Bases bases, long[] scalars, Plan plan) {
    long[] sum = Pippenger.run(sized(bases.affine, scalars), scalars, plan);
    return new G2Arith().isInfinity(sum, 0) ? G2.INFINITY : G2Arith.toG2(sum, 0);
  }

  private static long[] checked(long[] scalars) {
    Scalars.checkCanonical(Objects.requireNonNull(scalars, "scalars"));
    return scalars;
  }

  private static AffineBases sized(AffineBases bases, long[] scalars) {
    if (scalars.length != bases.size * Scalars.LIMBS) {
      throw new IllegalArgumentException(
          bases.size + " bases but " + scalars.length / Scalars.LIMBS + " scalars");
    }
    return bases;
  }
}
