package io.validium.zk.msm;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G1Arith;
import io.validium.zk.curve.G2;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MSMs over window tables equal the ones without, whatever the window, scalars and bases. */
class WindowTablesTest {

  private final Random random = new Random(46);

  @Test
  void tabledG1SumEqualsTheUntabledOneOnTwoChunksWithTrivialScalarsAndInfinities() {
    G1[] points = MsmInputs.g1Points(random, 9000);
    Fr[] scalars = MsmInputs.scalars(random, 9000);
    for (int i = 0; i < 9000; i += 7) {
      scalars[i] = i % 3 == 0 ? Fr.ZERO : i % 3 == 1 ? Fr.ONE : Fr.ONE.neg();
    }
    for (int i = 5; i < 9000; i += 101) {
      points[i] = G1.INFINITY;
    }
    G1Bases bases = G1Bases.of(points);

    assertThat(Msm.g1(bases.withWindowTables(), scalars)).isEqualTo(Msm.g1(bases, scalars));
  }

  @Test
  void tabledG2SumEqualsTheUntabledOne() {
    G2[] points = MsmInputs.g2Points(random, 700);
    Fr[] scalars = MsmInputs.scalars(random, 700);
    G2Bases bases = G2Bases.of(points);

    assertThat(Msm.g2(bases.withWindowTables(), scalars)).isEqualTo(Msm.g2(bases, scalars));
  }

  @Test
  void everyWindowWidthGivesTheNaiveSum() {
    G1[] points = MsmInputs.g1Points(random, 300);
    Fr[] scalars = MsmInputs.scalars(random, 300);
    AffineBases affine = G1Bases.of(points).affine;
    G1 expected = MsmInputs.naive(points, scalars);
    for (int c : new int[] {2, 5, 9, 11, 16}) {
      long[] sum = Pippenger.run(affine, WindowTables.of(affine, c), MsmInputs.limbs(scalars));

      assertThat(G1Arith.toG1(sum, 0)).as("c = %d", c).isEqualTo(expected);
    }
  }

  @Test
  void equalScalarsCrowdingOneBucketPerWindowGiveTheRightSum() {
    G1[] points = MsmInputs.g1Points(random, 5000);
    Fr[] scalars = new Fr[5000];
    Arrays.fill(scalars, Fr.of(3).neg());
    G1Bases bases = G1Bases.of(points);

    assertThat(Msm.g1(bases.withWindowTables(), scalars)).isEqualTo(Msm.g1(bases, scalars));
  }

  @Test
  void tablesTakeWindowsTimesTheBasesAndTheWindowIsFifteenAtTwoToTheSixteen() {
    G1Bases bases = G1Bases.of(MsmInputs.g1Points(random, 100));
    int c = Plan.tableWindow(100, Runtime.getRuntime().availableProcessors());

    assertThat(bases.windowTableBytes()).isEqualTo(8L * Scalars.windows(c) * 100 * 8);
    assertThat(bases.withWindowTables().windowTableBytes()).isEqualTo(bases.windowTableBytes());
    assertThat(Plan.tableWindow(1 << 16, 2)).isEqualTo(15);
  }
}
