package io.validium.benchmarks;

import io.validium.core.crypto.BabyJubjub;
import io.validium.core.crypto.BabyJubjubPoint;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Baby Jubjub scalar multiplication through the fixed-base table and through the wNAF. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class BabyJubjubBenchmark {

  private BigInteger scalar;
  private BabyJubjubPoint point;

  /** A 251-bit scalar and a point in the subgroup. */
  @Setup
  public void setUp() {
    scalar = BabyJubjub.SUBGROUP_ORDER.subtract(BigInteger.valueOf(0x1234_5678_9abcL));
    point = BabyJubjub.multiplyBase8(BigInteger.valueOf(987_654_321L));
  }

  /** k·B8 through the precomputed table. */
  @Benchmark
  public BabyJubjubPoint fixedBaseMultiply() {
    return BabyJubjub.multiplyBase8(scalar);
  }

  /** k·P through the wNAF. */
  @Benchmark
  public BabyJubjubPoint variableBaseMultiply() {
    return point.multiply(scalar);
  }
}
