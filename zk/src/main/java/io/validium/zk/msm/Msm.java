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
