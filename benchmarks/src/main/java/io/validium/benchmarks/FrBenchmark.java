package io.validium.benchmarks;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Average time of one BN254 scalar-field multiplication, allocating and in place. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FrBenchmark {

  private Fr x;
  private Fr y;
  private final long[] acc = new long[FrArith.LIMBS];
  private final long[] factor = new long[FrArith.LIMBS];

  /** Random operands, fixed seed so runs are comparable. */
  @Setup
  public void setUp() {
    Random random = new Random(7);
    x = PoseidonBenchmark.randomElement(random);
    y = PoseidonBenchmark.randomElement(random);
    FrArith.load(x, acc, 0);
    FrArith.load(y, factor, 0);
  }

  /** Fr.mul, including the result object. */
  @Benchmark
  public Fr mul() {
    return x.mul(y);
  }

  /** FrArith.mul into a reused array; chained so each call depends on the last. */
  @Benchmark
  public long[] mulInPlace() {
    FrArith.mul(acc, factor, acc);
    return acc;
  }
}
