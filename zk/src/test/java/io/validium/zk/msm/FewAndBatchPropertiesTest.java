package io.validium.zk.msm;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Straus's few-point sums, scaling a batch and batch normalisation agree with point by point. */
class FewAndBatchPropertiesTest {

  @Property(tries = 60)
  void g1FewEqualsTheNaiveSum(@ForAll @IntRange(max = 40) int n, @ForAll long seed) {
    Random random = new Random(seed);
    G1[] bases = withInfinities(random, MsmInputs.g1Points(random, n), G1.INFINITY);
    Fr[] scalars = MsmInputs.scalars(random, n);

    assertThat(Msm.g1Few(bases, scalars)).isEqualTo(MsmInputs.naive(bases, scalars));
  }

  @Property(tries = 20)
  void g2FewEqualsTheNaiveSum(@ForAll @IntRange(max = 20) int n, @ForAll long seed) {
    Random random = new Random(seed);
    G2[] bases = withInfinities(random, MsmInputs.g2Points(random, n), G2.INFINITY);
    Fr[] scalars = MsmInputs.scalars(random, n);

    assertThat(Msm.g2Few(bases, scalars)).isEqualTo(MsmInputs.naive(bases, scalars));
  }

  @Property(tries = 200)
  void wnafDigitsSumToTheScalar(@ForAll long seed) {
    Random random = new Random(seed);
    Fr k = MsmInputs.scalars(random, 1)[0];
    byte[] naf = Straus.naf(k.toCanonicalLimbs(), 0);

    BigInteger sum = BigInteger.ZERO;
    for (int i = naf.length - 1; i >= 0; i--) {
      sum = sum.shiftLeft(1).add(BigInteger.valueOf(naf[i]));
      assertThat(naf[i] == 0 || (naf[i] % 2 != 0 && Math.abs(naf[i]) < 8)).isTrue();
    }
    assertThat(sum).isEqualTo(k.toBigInteger());
  }

  @Property(tries = 10)
  void g1ScaledMultipliesEveryPointAndIsAffine(
      @ForAll @IntRange(max = 2500) int n, @ForAll long seed) {
    Random random = new Random(seed);
    G1[] points = withInfinities(random, MsmInputs.g1Points(random, n), G1.INFINITY);
    Fr k = MsmInputs.scalars(random, 1)[0];

    G1[] scaled = Msm.g1Scaled(points, k);

    assertThat(scaled).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(scaled[i]).isEqualTo(points[i].multiply(k));
      assertThat(scaled[i].isInfinity() || scaled[i].jacobianZ().equals(Fq.ONE)).isTrue();
    }
  }

  @Property(tries = 5)
  void g2ScaledMultipliesEveryPoint(@ForAll @IntRange(max = 40) int n, @ForAll long seed) {
    Random random = new Random(seed);
    G2[] points = withInfinities(random, MsmInputs.g2Points(random, n), G2.INFINITY);
    Fr k = MsmInputs.scalars(random, 1)[0];

    G2[] scaled = Msm.g2Scaled(points, k);

    for (int i = 0; i < n; i++) {
      assertThat(scaled[i]).isEqualTo(points[i].multiply(k));
    }
  }

  @Property(tries = 10)
  void affineKeepsEveryPoint(@ForAll @IntRange(max = 2500) int n, @ForAll long seed) {
    Random random = new Random(seed);
    G1[] g1 = withInfinities(random, MsmInputs.g1Points(random, n), G1.INFINITY);
    G2[] g2 = withInfinities(random, MsmInputs.g2Points(random, n % 50), G2.INFINITY);

    G1[] a1 = Msm.g1Affine(g1);
    G2[] a2 = Msm.g2Affine(g2);

    assertThat(a1).containsExactly(g1);
    assertThat(a2).containsExactly(g2);
    for (G1 p : a1) {
      assertThat(p.isInfinity() || p.jacobianZ().equals(Fq.ONE)).isTrue();
    }
  }

  private static <P> P[] withInfinities(Random random, P[] points, P infinity) {
    for (int i = 0; i < points.length; i++) {
      if (random.nextInt(8) == 0) {
        points[i] = infinity;
      }
    }
    return points;
  }
}
