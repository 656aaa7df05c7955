package io.validium.zk.msm;

import io.validium.zk.curve.G2;
import io.validium.zk.curve.G2Arith;
import java.util.Objects;

/**
 * G2 points converted once to affine form in one flat array, for repeated multi-scalar
 * multiplications over the same bases (a proving key's queries, say). Immutable.
 */
public final class G2Bases {

  final AffineBases affine;

  private G2Bases(AffineBases affine) {
    this.affine = affine;
  }

  /** The points, in order; points at infinity are allowed and contribute nothing. */
  public static G2Bases of(G2[] points) {
    Objects.requireNonNull(points, "points");
    for (int i = 0; i < points.length; i++) {
      Objects.requireNonNull(points[i], "points[" + i + "]");
    }
    return new G2Bases(
        AffineBases.fromJacobian(
            Group.G2, points.length, (i, out, oo) -> G2Arith.load(points[i], out, oo)));
  }

  /** The number of points. */
  public int size() {
    return affine.size;
  }

  /** Point i. */
  public G2 get(int i) {
    Objects.checkIndex(i, affine.size);
    return G2Arith.toG2(affine.jacobian(i), 0);
  }
}
