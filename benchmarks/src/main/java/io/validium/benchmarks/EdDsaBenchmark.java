package io.validium.benchmarks;

import io.validium.core.crypto.EdDsaPrivateKey;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** EdDSA-Poseidon signing and verification, average time per operation in microseconds. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class EdDsaBenchmark {

  private static final int MESSAGES = 64;

  private EdDsaPrivateKey privateKey;
  private EdDsaPublicKey publicKey;
  private final Fr[] messages = new Fr[MESSAGES];
  private final EdDsaSignature[] signatures = new EdDsaSignature[MESSAGES];
  private int next;

  /** Signs a rotating set of messages so that no single scalar pattern is measured. */
  @Setup
  public void setUp() {
    // A fixed seed keeps runs comparable; the key's value does not affect the timing.
    SplittableRandom random = new SplittableRandom(2494);
    byte[] key = new byte[EdDsaPrivateKey.LENGTH];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) random.nextInt(256);
    }
    privateKey = EdDsaPrivateKey.fromBytes(key);
    publicKey = privateKey.publicKey();
    for (int i = 0; i < MESSAGES; i++) {
      messages[i] =
          Fr.of(random.nextLong(Long.MAX_VALUE)).mul(Fr.of(random.nextLong(Long.MAX_VALUE)));
      signatures[i] = privateKey.sign(messages[i]);
    }
  }

  /** One verification of a valid signature. */
  @Benchmark
  public boolean verify() {
    int i = next++ & (MESSAGES - 1);
    return publicKey.verify(messages[i], signatures[i]);
  }

  /** One deterministic signature. */
  @Benchmark
  public EdDsaSignature sign() {
    int i = next++ & (MESSAGES - 1);
    return privateKey.sign(messages[i]);
  }
}
