package io.validium.zk.curve;

import io.validium.zk.field.FieldArbitraries;
import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq2;
import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/** Random scalars and points, including twist points outside G2. */
public final class CurveArbitraries {

  private CurveArbitraries() {}

  /** Scalars in [0, r), edges included. */
  public static Arbitrary<BigInteger> scalars() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, Bn254.ORDER.subtract(BigInteger.ONE))
        .withDistribution(RandomDistribution.uniform())
        .edgeCases(edges -> edges.includeOnly(BigInteger.ZERO, BigInteger.ONE));
  }

  /** Points of G1 as random multiples of the generator. */
  public static Arbitrary<G1> g1() {
    return scalars().map(G1.GENERATOR::multiply);
  }

  /** Points of G2 as random multiples of the generator. */
  public static Arbitrary<G2> g2() {
    return scalars().map(G2.GENERATOR::multiply);
  }

  /**
   * Points of the twist with a random x: almost all of them lie outside G2, because the twist has
   * r·(2q - r) points.
   */
  public static Arbitrary<G2> twistPoints() {
    return FieldArbitraries.fq2().map(CurveArbitraries::twistPointFrom);
  }

  /** The first twist point (x, y) with x = x0, x0 + 1, ...; about half the x have one. */
  public static G2 twistPointFrom(Fq2 x0) {
    Fq2 x = x0;
    while (true) {
      Optional<Fq2> y = x.square().mul(x).add(Bn254.TWIST_B).sqrt();
      if (y.isPresent()) {
        return G2.fromAffine(x, y.get());
      }
      x = x.add(Fq2.ONE);
    }
  }

  /** A point of G1's curve from x, found the same way. */
  public static G1 g1PointFrom(Fq x0) {
    Fq x = x0;
    while (true) {
      Optional<Fq> y = x.square().mul(x).add(Bn254.B).sqrt();
      if (y.isPresent()) {
        return G1.fromAffine(x, y.get());
      }
      x = x.add(Fq.ONE);
    }
  }
}
