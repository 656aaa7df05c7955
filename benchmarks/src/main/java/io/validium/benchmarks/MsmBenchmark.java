package io.validium.benchmarks;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.msm.G1Bases;
import io.validium.zk.msm.G2Bases;
import io.validium.zk.msm.Msm;
import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Average time of one multi-scalar multiplication with uniform scalars over precomputed affine
 * bases, on all processors: G1 at 2^16, 2^18 and 2^20 points, G2 at 2^16.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class MsmBenchmark {

  /** G1 bases and scalars for 2^logSize points. */
  @State(Scope.Benchmark)
  public static class G1Input {

    /** log2 of the number of points. */
    @Param({"16", "18", "20"})
    public int logSize;

    G1Bases bases;
    long[] scalars;

    /** The chain P, P + G, P + 2G, ... (one addition per point), in affine once; fixed seed. */
    @Setup
    public void setUp() {
      int n = 1 << logSize;
      Random random = new Random(logSize);
      G1[] points = new G1[n];
      G1 p = G1.GENERATOR.multiply(randomScalar(random));
      for (int i = 0; i < n; i++) {
        points[i] = p;
        p = p.add(G1.GENERATOR);
      }
      bases = G1Bases.of(points);
      scalars = randomScalars(random, n);
    }
  }

  /** G2 bases and scalars for 2^logSize points. */
  @State(Scope.Benchmark)
  public static class G2Input {

    /** log2 of the number of points. */
    @Param({"16"})
    public int logSize;

    G2Bases bases;
    long[] scalars;

    /** As for G1. */
    @Setup
    public void setUp() {
      int n = 1 << logSize;
      Random random = new Random(logSize);
      G2[] points = new G2[n];
      G2 p = G2.GENERATOR.multiply(randomScalar(random));
      for (int i = 0; i < n; i++) {
        points[i] = p;
        p = p.add(G2.GENERATOR);
      }
      bases = G2Bases.of(points);
      scalars = randomScalars(random, n);
    }
  }

  /** Σ kᵢ·Pᵢ over G1. */
  @Benchmark
  public G1 g1(G1Input in) {
    return Msm.g1(in.bases, in.scalars);
  }

  /** Σ kᵢ·Pᵢ over G2. */
  @Benchmark
  public G2 g2(G2Input in) {
    return Msm.g2(in.bases, in.scalars);
  }

  static BigInteger randomScalar(Random random) {
    BigInteger k;
    do {
      k = new BigInteger(Fr.MODULUS.bitLength(), random);
    } while (k.compareTo(Fr.MODULUS) >= 0);
    return k;
  }

  /** n uniform scalars below r as canonical limbs, four per scalar. */
  static long[] randomScalars(Random random, int n) {
    long[] out = new long[4 * n];
    long[] r = Fr.ONE.neg().toCanonicalLimbs();
    for (int i = 0; i < n; i++) {
      do {
        for (int j = 0; j < 4; j++) {
          out[4 * i + j] = random.nextLong();
        }
        out[4 * i + 3] &= (1L << 62) - 1;
      } while (!below(out, 4 * i, r));
    }
    return out;
  }

  /** Whether the scalar at off is at most r - 1. */
  private static boolean below(long[] s, int off, long[] rMinusOne) {
    for (int j = 3; j >= 0; j--) {
      int c = Long.compareUnsigned(s[off + j], rMinusOne[j]);
      if (c != 0) {
        return c < 0;
      }
    }
    return true;
  }
}
