package io.validium.zk.msm;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G1Arith;
import java.util.Objects;

/**
 * G1 points converted once to affine form in one flat array, for repeated multi-scalar
 * multiplications over the same bases (a proving key's queries, say). Immutable.
 */
public final class G1Bases {

  final AffineBases affine;

  /** Null until {@link #withWindowTables()}. */
  final WindowTables tables;

  private G1Bases(AffineBases affine, WindowTables tables) {
    this.affine = affine;
    this.tables = tables;
  }

  /** The points, in order; points at infinity are allowed and contribute nothing. */
  public static G1Bases of(G1[] points) {
    Objects.requireNonNull(points, "points");
    for (int i = 0; i < points.length; i++) {
      Objects.requireNonNull(points[i], "points[" + i + "]");
    }
    return new G1Bases(
        AffineBases.fromJacobian(
            Group.G1, points.length, (i, out, oo) -> G1Arith.load(points[i], out, oo)),
        null);
  }

  /**
   * The same bases with window tables, which spare each MSM over them one bucket reduction per
   * window (about a fifth of its time at 2^16 points) for {@link #windowTableBytes()} of memory,
   * about 17 times the bases'; built once, in parallel, at about 255 doublings per point.
   */
  public G1Bases withWindowTables() {
    if (tables != null) {
      return this;
    }
    int c = Plan.tableWindow(affine.size, Runtime.getRuntime().availableProcessors());
    return new G1Bases(affine, WindowTables.of(affine, c));
  }

  /** Bytes the window tables of these bases take or would take. */
  public long windowTableBytes() {
    int c =
        tables != null
            ? tables.window
            : Plan.tableWindow(affine.size, Runtime.getRuntime().availableProcessors());
    return 8 * WindowTables.limbsFor(Group.G1, affine.size, c);
  }

  /** The number of points. */
  public int size() {
    return affine.size;
  }

  /** Point i. */
  public G1 get(int i) {
    Objects.checkIndex(i, affine.size);
    return G1Arith.toG1(affine.jacobian(i), 0);
  }
}
