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

  private G1Bases(AffineBases affine) {
    this.affine = affine;
  }

  /** The points, in order; points at infinity are allowed and contribute nothing. */
  public static G1Bases of(G1[] points) {
    Objects.requireNonNull(points, "points");
    for (int i = 0; i < points.length; i++) {
      Objects.requireNonNull(points[i], "points[" + i + "]");
    }
    return new G1Bases(
        AffineBases.fromJacobian(
            Group.G1, points.length, (i, out, oo) -> G1Arith.load(points[i], out, oo)));
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
