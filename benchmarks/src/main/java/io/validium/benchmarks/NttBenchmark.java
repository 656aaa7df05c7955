package io.validium.benchmarks;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import io.validium.zk.poly.EvaluationDomain;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Radix-2 NTT over the BN254 scalar field, forward and inverse, sequential and parallel. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class NttBenchmark {

  /** log2 of the domain size. */
  @Param({"16", "20"})
  public int logSize;

  /** Whether the transform may use every core. */
  @Param({"true", "false"})
  public boolean parallel;

  private EvaluationDomain domain;
  private long[] input;
  private long[] work;

  /** Builds the domain (twiddles included) and random coefficients once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    domain = EvaluationDomain.ofLogSize(logSize).withParallelism(parallel);
    SplittableRandom random = new SplittableRandom(logSize);
    input = new long[domain.size() * FrArith.LIMBS];
    for (int i = 0; i < domain.size(); i++) {
      FrArith.load(Fr.of(random.nextLong(Long.MAX_VALUE)), input, i * FrArith.LIMBS);
    }
    work = new long[input.length];
  }

  /** Restores the input, since the transforms work in place; a copy costs far less than a pass. */
  @Setup(Level.Invocation)
  public void reset() {
    System.arraycopy(input, 0, work, 0, input.length);
  }

  /** Coefficients to evaluations. */
  @Benchmark
  public long[] forward() {
    domain.ntt(work);
    return work;
  }

  /** Evaluations to coefficients, including the scaling by 1/n. */
  @Benchmark
  public long[] inverse() {
    domain.inverseNtt(work);
    return work;
  }

  /** Coefficients to evaluations on the coset 5·H. */
  @Benchmark
  public long[] cosetForward() {
    domain.cosetNtt(work);
    return work;
  }
}
