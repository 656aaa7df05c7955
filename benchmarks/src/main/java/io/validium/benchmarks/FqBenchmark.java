package io.validium.benchmarks;

import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq12;
import io.validium.zk.field.Fq12Arith;
import io.validium.zk.field.Fq2;
import io.validium.zk.field.Fq2Arith;
import io.validium.zk.field.Fq6;
import io.validium.zk.field.FqArith;
import java.math.BigInteger;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the base-field and tower multiplications that MSM and the pairing are made of. Each call
 * feeds its result back in, so the JIT can neither hoist nor fold the work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FqBenchmark {

  /** Random operands in the engines' flat layout. */
  @State(Scope.Thread)
  public static class Operands {
    final long[] a = new long[Fq12Arith.LIMBS];
    final long[] b = new long[Fq12Arith.LIMBS];
    final Fq2Arith fq2 = new Fq2Arith();
    final Fq12Arith fq12 = new Fq12Arith();

    /** Draws fixed pseudo-random elements. */
    @Setup
    public void draw() {
      SplittableRandom random = new SplittableRandom(7);
      Fq12Arith.load(randomFq12(random), a, 0);
      Fq12Arith.load(randomFq12(random), b, 0);
    }

    private static Fq12 randomFq12(SplittableRandom random) {
      return Fq12.of(randomFq6(random), randomFq6(random));
    }

    private static Fq6 randomFq6(SplittableRandom random) {
      return Fq6.of(randomFq2(random), randomFq2(random), randomFq2(random));
    }

    private static Fq2 randomFq2(SplittableRandom random) {
      return Fq2.of(randomFq(random), randomFq(random));
    }

    private static Fq randomFq(SplittableRandom random) {
      BigInteger v = new BigInteger(300, new Random(random.nextLong()));
      return Fq.fromBigInteger(v.mod(Fq.MODULUS));
    }
  }

  /** One Montgomery multiplication in Fq. */
  @Benchmark
  public long mul(Operands s) {
    FqArith.mul(s.a, 0, s.b, 0, s.a, 0);
    return s.a[0];
  }

  /** One Montgomery squaring in Fq. */
  @Benchmark
  public long square(Operands s) {
    FqArith.square(s.a, 0, s.a, 0);
    return s.a[0];
  }

  /** One Fq2 multiplication (three in Fq). */
  @Benchmark
  public long fq2Mul(Operands s) {
    s.fq2.mul(s.a, 0, s.b, 0, s.a, 0);
    return s.a[0];
  }

  /** One Fq12 multiplication (54 in Fq). */
  @Benchmark
  public long fq12Mul(Operands s) {
    s.fq12.mul(s.a, 0, s.b, 0, s.a, 0);
    return s.a[0];
  }

  /** One Fq inversion by Fermat's little theorem. */
  @Benchmark
  public long inverse(Operands s) {
    FqArith.inverse(s.a, 0, s.a, 0);
    return s.a[0];
  }
}
