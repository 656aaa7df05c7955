package io.validium.zk.msm;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** MSM agrees with the naive Σ kᵢ·Pᵢ for any size, scalars, window and bucket kind. */
class MsmPropertiesTest {

  @Property(tries = 40)
  void g1EqualsTheNaiveSum(@ForAll @IntRange(max = 300) int n, @ForAll long seed) {
    Random random = new Random(seed);
    G1[] bases = MsmInputs.g1Points(random, n);
    Fr[] scalars = MsmInputs.scalars(random, n);

    assertThat(Msm.g1(bases, scalars)).isEqualTo(MsmInputs.naive(bases, scalars));
  }

  @Property(tries = 15)
  void g2EqualsTheNaiveSum(@ForAll @IntRange(max = 300) int n, @ForAll long seed) {
    Random random = new Random(seed);
    G2[] bases = MsmInputs.g2Points(random, n);
    Fr[] scalars = MsmInputs.scalars(random, n);

    assertThat(Msm.g2(bases, scalars)).isEqualTo(MsmInputs.naive(bases, scalars));
  }

  @Property(tries = 60)
  void g1IsTheSameForEveryPlan(
      @ForAll @IntRange(min = 1, max = 120) int n,
      @ForAll @IntRange(min = 1, max = 12) int window,
      @ForAll boolean batchAffine,
      @ForAll @IntRange(min = 1, max = 3) int chunks,
      @ForAll long seed) {
    Random random = new Random(seed);
    G1[] bases = MsmInputs.g1Points(random, n);
    Fr[] scalars = MsmInputs.scalars(random, n);

    G1 sum =
        Msm.g1(G1Bases.of(bases), MsmInputs.limbs(scalars), new Plan(window, batchAffine, chunks));

    assertThat(sum).isEqualTo(MsmInputs.naive(bases, scalars));
  }

  @Property(tries = 25)
  void g2IsTheSameForEveryPlan(
      @ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll @IntRange(min = 1, max = 10) int window,
      @ForAll boolean batchAffine,
      @ForAll @IntRange(min = 1, max = 3) int chunks,
      @ForAll long seed) {
    Random random = new Random(seed);
    G2[] bases = MsmInputs.g2Points(random, n);
    Fr[] scalars = MsmInputs.scalars(random, n);

    G2 sum =
        Msm.g2(G2Bases.of(bases), MsmInputs.limbs(scalars), new Plan(window, batchAffine, chunks));

    assertThat(sum).isEqualTo(MsmInputs.naive(bases, scalars));
  }

  @Property(tries = 20)
  void flatLimbsAndFieldElementsGiveTheSameSum(
      @ForAll @IntRange(max = 100) int n, @ForAll long seed) {
    Random random = new Random(seed);
    G1Bases bases = G1Bases.of(MsmInputs.g1Points(random, n));
    Fr[] scalars = MsmInputs.scalars(random, n);

    assertThat(Msm.g1(bases, MsmInputs.limbs(scalars))).isEqualTo(Msm.g1(bases, scalars));
  }
}
