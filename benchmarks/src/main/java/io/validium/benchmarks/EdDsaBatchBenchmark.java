package io.validium.benchmarks;

import io.validium.core.crypto.EdDsaBatchVerifier;
import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * EdDSA-Poseidon batch verification: average time per signature (µs) at batch sizes 1, 16, 64 and
 * 256, beside single verification of the same signatures. Every signature has its own key and
 * message, as a batch of transfers from many senders does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class EdDsaBatchBenchmark {

  private static final int MAX = 256;

  private final EdDsaBatchVerifier verifier = new EdDsaBatchVerifier(new SecureRandom());
  private List<EdDsaBatchVerifier.Item> items;
  private int next;

  /** Signs MAX messages under MAX keys, with a fixed seed so that runs are comparable. */
  @Setup
  public void setUp() {
    items = signedItems(MAX, 2494);
  }

  /** {@code n} valid signatures, each by its own key. */
  public static List<EdDsaBatchVerifier.Item> signedItems(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<EdDsaBatchVerifier.Item> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] key = new byte[EdDsaPrivateKey.LENGTH];
      for (int j = 0; j < key.length; j++) {
        key[j] = (byte) random.nextInt(256);
      }
      EdDsaPrivateKey privateKey = EdDsaPrivateKey.fromBytes(key);
      Fr message =
          Fr.of(random.nextLong(Long.MAX_VALUE)).mul(Fr.of(random.nextLong(Long.MAX_VALUE)));
      EdDsaSignature signature = privateKey.sign(message);
      out.add(new EdDsaBatchVerifier.Item(privateKey.publicKey(), message, signature));
    }
    return out;
  }

  /** Single verification, one signature per call (the sequencer's path before batching). */
  @Benchmark
  public boolean single() {
    EdDsaBatchVerifier.Item it = items.get(next++ & (MAX - 1));
    return it.key().verify(it.message(), it.signature());
  }

  /** A batch of one: the batch verifier verifies it directly. */
  @Benchmark
  public boolean batch1() {
    return verifier.allValid(items.subList(next & (MAX - 1), (next++ & (MAX - 1)) + 1));
  }

  /** A batch of 16, time per signature. */
  @Benchmark
  @OperationsPerInvocation(16)
  public boolean batch16() {
    int from = 16 * (next++ & 15);
    return verifier.allValid(items.subList(from, from + 16));
  }

  /** A batch of 64, time per signature. */
  @Benchmark
  @OperationsPerInvocation(64)
  public boolean batch64() {
    int from = 64 * (next++ & 3);
    return verifier.allValid(items.subList(from, from + 64));
  }

  /** A batch of 256, time per signature. */
  @Benchmark
  @OperationsPerInvocation(256)
  public boolean batch256() {
    return verifier.allValid(items);
  }
}
