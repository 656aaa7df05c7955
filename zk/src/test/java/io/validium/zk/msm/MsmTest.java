package io.validium.zk.msm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edge cases of MSM: trivial scalars, degenerate bases, the widest windows, bad input. */
class MsmTest {

  private static final Fr MINUS_ONE = Fr.ONE.neg();
  private static final Plan WIDE_BATCH_AFFINE = new Plan(14, true, 1);
  // 512 buckets, batches of 256: a crowded bucket overflows the queue of waiting points.
  private static final Plan NARROW_BATCH_AFFINE = new Plan(10, true, 2);

  private final Random random = new Random(2024);

  @Test
  void noPointsGiveInfinity() {
    assertThat(Msm.g1(new G1[0], new Fr[0])).isEqualTo(G1.INFINITY);
    assertThat(Msm.g1(G1Bases.of(new G1[0]), new long[0])).isEqualTo(G1.INFINITY);
    assertThat(Msm.g2(new G2[0], new Fr[0])).isEqualTo(G2.INFINITY);
  }

  @Test
  void zeroScalarsGiveInfinity() {
    G1[] bases = MsmInputs.g1Points(random, 50);
    Fr[] zeros = filled(50, Fr.ZERO);

    assertThat(Msm.g1(bases, zeros).isInfinity()).isTrue();
    assertThat(Msm.g2(MsmInputs.g2Points(random, 50), zeros).isInfinity()).isTrue();
  }

  @Test
  void onesGiveThePlainSumAndMinusOnesItsNegation() {
    G1[] bases = MsmInputs.g1Points(random, 40);
    G1 sum = Arrays.stream(bases).reduce(G1.INFINITY, G1::add);
    G2[] bases2 = MsmInputs.g2Points(random, 40);
    G2 sum2 = Arrays.stream(bases2).reduce(G2.INFINITY, G2::add);

    assertThat(Msm.g1(bases, filled(40, Fr.ONE))).isEqualTo(sum);
    assertThat(Msm.g1(bases, filled(40, MINUS_ONE))).isEqualTo(sum.negate());
    assertThat(Msm.g2(bases2, filled(40, Fr.ONE))).isEqualTo(sum2);
    assertThat(Msm.g2(bases2, filled(40, MINUS_ONE))).isEqualTo(sum2.negate());
  }

  @Test
  void onePointIsAScalarMultiplication() {
    G1 p = MsmInputs.g1Points(random, 1)[0];
    G2 q = MsmInputs.g2Points(random, 1)[0];
    for (Fr k : new Fr[] {Fr.ZERO, Fr.ONE, Fr.of(2), MINUS_ONE, randomFr()}) {
      assertThat(Msm.g1(new G1[] {p}, new Fr[] {k})).isEqualTo(p.multiply(k));
      assertThat(Msm.g2(new G2[] {q}, new Fr[] {k})).isEqualTo(q.multiply(k));
    }
  }

  @Test
  void repeatedBasesAddUpTheirScalars() {
    G1 p = MsmInputs.g1Points(random, 1)[0];
    G2 q = MsmInputs.g2Points(random, 1)[0];
    Fr[] scalars = MsmInputs.scalars(random, 300);
    Fr total = Arrays.stream(scalars).reduce(Fr.ZERO, Fr::add);
    G1[] bases = filled(300, p);
    G2[] bases2 = new G2[300];
    Arrays.fill(bases2, q);

    for (Plan plan : new Plan[] {null, WIDE_BATCH_AFFINE, NARROW_BATCH_AFFINE}) {
      assertThat(Msm.g1(G1Bases.of(bases), MsmInputs.limbs(scalars), plan))
          .isEqualTo(p.multiply(total));
      assertThat(Msm.g2(G2Bases.of(bases2), MsmInputs.limbs(scalars), plan))
          .isEqualTo(q.multiply(total));
    }
  }

  @Test
  void oppositeBasesWithEqualScalarsCancel() {
    G1[] half = MsmInputs.g1Points(random, 100);
    G1[] bases = new G1[200];
    for (int i = 0; i < 100; i++) {
      bases[2 * i] = half[i];
      bases[2 * i + 1] = half[i].negate();
    }
    Fr[] scalars = new Fr[200];
    for (int i = 0; i < 100; i++) {
      scalars[2 * i] = scalars[2 * i + 1] = randomFr();
    }

    for (Plan plan : new Plan[] {null, WIDE_BATCH_AFFINE, NARROW_BATCH_AFFINE}) {
      assertThat(Msm.g1(G1Bases.of(bases), MsmInputs.limbs(scalars), plan).isInfinity()).isTrue();
    }
  }

  @Test
  void equalScalarsCrowdingOneBucketStillSumCorrectly() {
    G1[] bases = MsmInputs.g1Points(random, 300);
    Fr k = randomFr();
    G1 expected = Arrays.stream(bases).reduce(G1.INFINITY, G1::add).multiply(k);

    for (Plan plan : new Plan[] {null, WIDE_BATCH_AFFINE, NARROW_BATCH_AFFINE}) {
      assertThat(Msm.g1(G1Bases.of(bases), MsmInputs.limbs(filled(300, k)), plan))
          .isEqualTo(expected);
    }
  }

  @Test
  void batchAffineAgreesWithJacobianOverManyBatches() {
    int n = 3000;
    G1[] points = MsmInputs.g1Points(random, n);
    for (int i = 0; i < n; i += 7) {
      points[i] = points[i / 2];
    }
    G1Bases bases = G1Bases.of(points);
    long[] scalars = MsmInputs.limbs(MsmInputs.scalars(random, n));

    G1 jacobian = Msm.g1(bases, scalars, new Plan(10, false, 1));

    assertThat(Msm.g1(bases, scalars, new Plan(10, true, 1))).isEqualTo(jacobian);
    assertThat(Msm.g1(bases, scalars, new Plan(11, true, 3))).isEqualTo(jacobian);
    assertThat(Msm.g1(bases, scalars)).isEqualTo(jacobian);
  }

  @Test
  void basesAtInfinityContributeNothing() {
    G1[] bases = MsmInputs.g1Points(random, 60);
    G2[] bases2 = MsmInputs.g2Points(random, 60);
    for (int i = 0; i < 60; i += 3) {
      bases[i] = G1.INFINITY;
      bases2[i] = G2.INFINITY;
    }
    Fr[] scalars = MsmInputs.scalars(random, 60);

    assertThat(Msm.g1(bases, scalars)).isEqualTo(MsmInputs.naive(bases, scalars));
    assertThat(Msm.g2(bases2, scalars)).isEqualTo(MsmInputs.naive(bases2, scalars));
    assertThat(Msm.g1(filled(5, G1.INFINITY), MsmInputs.scalars(random, 5))).isEqualTo(G1.INFINITY);
  }

  @Test
  void largestScalarsUseTheTopWindow() {
    G1[] bases = MsmInputs.g1Points(random, 30);
    Fr[] scalars = new Fr[30];
    for (int i = 0; i < 30; i++) {
      scalars[i] =
          Fr.fromBigInteger(
              i % 2 == 0
                  ? Fr.MODULUS.subtract(BigInteger.valueOf(i + 1))
                  : BigInteger.ONE.shiftLeft(253).add(BigInteger.valueOf(i)));
    }

    for (int c = 1; c <= 16; c++) {
      assertThat(Msm.g1(G1Bases.of(bases), MsmInputs.limbs(scalars), new Plan(c, c > 6, 1)))
          .as("window %d", c)
          .isEqualTo(MsmInputs.naive(bases, scalars));
    }
  }

  @Test
  void basesKeepTheirPoints() {
    G1[] points = MsmInputs.g1Points(random, 10);
    points[4] = G1.INFINITY;
    G1Bases bases = G1Bases.of(points);
    G2[] points2 = MsmInputs.g2Points(random, 3);
    points2[0] = G2.INFINITY;
    G2Bases bases2 = G2Bases.of(points2);

    assertThat(bases.size()).isEqualTo(10);
    for (int i = 0; i < 10; i++) {
      assertThat(bases.get(i)).isEqualTo(points[i]);
    }
    for (int i = 0; i < 3; i++) {
      assertThat(bases2.get(i)).isEqualTo(points2[i]);
    }
  }

  @Test
  void rejectsMismatchedOrNonCanonicalScalars() {
    G1Bases bases = G1Bases.of(MsmInputs.g1Points(random, 2));
    long[] r = Fr.ONE.neg().toCanonicalLimbs();
    r[0]++;

    assertThatThrownBy(() -> Msm.g1(bases, new long[4]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Msm.g1(bases, new long[9]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Msm.g1(bases, concat(r, new long[4])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Msm.g1(bases, concat(new long[] {-1, -1, -1, -1}, new long[4])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Msm.g1(bases, new Fr[] {Fr.ONE}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Fr randomFr() {
    return Fr.fromBigInteger(MsmInputs.randomScalar(random));
  }

  @SafeVarargs
  private static <T> T[] filled(int n, T... one) {
    T[] out = Arrays.copyOf(one, n);
    Arrays.fill(out, one[0]);
    return out;
  }

  private static long[] concat(long[] a, long[] b) {
    long[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
