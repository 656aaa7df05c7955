package io.validium.zk.msm;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.curve.G1;
import io.validium.zk.field.FqArith;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Batched affine additions and running sums agree with Jacobian group arithmetic. */
class AffineAdderPropertiesTest {

  private static final int A = 8;

  @Property(tries = 50)
  void aBatchAddsLikeTheGroup(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
    Random random = new Random(seed);
    G1[] pool = MsmInputs.g1Points(random, 4);
    G1[] dst = new G1[n];
    G1[] src = new G1[n];
    boolean[] negate = new boolean[n];
    for (int i = 0; i < n; i++) {
      dst[i] = pick(random, pool);
      // Often equal or opposite to the destination: the doubling and cancelling cases.
      src[i] = random.nextInt(3) == 0 ? dst[i] : pick(random, pool);
      negate[i] = random.nextBoolean();
    }
    long[] dstLimbs = affine(dst);
    long[] srcLimbs = affine(src);

    AffineAdder adder = new AffineAdder(new G1Ops(), n);
    for (int i = 0; i < n; i++) {
      adder.add(dstLimbs, i * A, srcLimbs, i * A, negate[i]);
    }
    adder.run();

    for (int i = 0; i < n; i++) {
      G1 expected = dst[i].add(negate[i] ? src[i].negate() : src[i]);
      assertThat(point(dstLimbs, i * A)).as("entry %d", i).isEqualTo(expected);
    }
  }

  @Property(tries = 30)
  void runningSumsWeighEachBucketByItsIndex(
      @ForAll @IntRange(min = 0, max = 10) int logCount, @ForAll long seed) {
    Random random = new Random(seed);
    int count = 1 << logCount;
    G1[] pool = MsmInputs.g1Points(random, 3);
    G1[] buckets = new G1[count];
    G1 expected = G1.INFINITY;
    for (int j = 0; j < count; j++) {
      // Few distinct values, so running sums and totals keep meeting equal points.
      buckets[j] = pick(random, pool);
      expected = expected.add(buckets[j].multiply(java.math.BigInteger.valueOf(j + 1)));
    }

    long[] sum = RunningSums.sum(new G1Ops(), affine(buckets), count);

    assertThat(io.validium.zk.curve.G1Arith.toG1(sum, 0)).isEqualTo(expected);
  }

  private static G1 pick(Random random, G1[] pool) {
    return switch (random.nextInt(pool.length + 2)) {
      case 0 -> G1.INFINITY;
      case 1 -> pool[0].negate();
      default -> pool[random.nextInt(pool.length)];
    };
  }

  private static long[] affine(G1[] points) {
    long[] limbs = G1Bases.of(points).affine.limbs;
    return limbs.clone();
  }

  private static G1 point(long[] limbs, int off) {
    if ((limbs[off] | limbs[off + 1] | limbs[off + 2] | limbs[off + 3]) == 0
        && (limbs[off + 4] | limbs[off + 5] | limbs[off + 6] | limbs[off + 7]) == 0) {
      return G1.INFINITY;
    }
    return G1.fromAffine(FqArith.toFq(limbs, off), FqArith.toFq(limbs, off + 4));
  }
}
