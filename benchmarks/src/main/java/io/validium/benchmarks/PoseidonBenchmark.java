package io.validium.benchmarks;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import java.math.BigInteger;
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

/** Average time of one Poseidon hash over BN254 with two and with five inputs. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PoseidonBenchmark {

  private Fr a;
  private Fr b;
  private Fr c;
  private Fr d;
  private Fr e;

  /** Random full-size inputs, fixed seed so runs are comparable. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    a = randomElement(random);
    b = randomElement(random);
    c = randomElement(random);
    d = randomElement(random);
    e = randomElement(random);
  }

  static Fr randomElement(Random random) {
    return Fr.reduce(new BigInteger(320, random));
  }

  /** Poseidon(2): one Merkle node. */
  @Benchmark
  public Fr poseidon2() {
    return Poseidon.hash(a, b);
  }

  /** Poseidon(5). */
  @Benchmark
  public Fr poseidon5() {
    return Poseidon.hash(a, b, c, d, e);
  }
}
