package io.validium.benchmarks;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq12;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.Proof;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerificationResult;
import io.validium.zk.groth16.VerifyingKey;
import io.validium.zk.pairing.Pairing;
import io.validium.zk.snarkjs.SnarkjsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one BN254 pairing, of its two halves, of a G2 subgroup check and of verifying the
 * snarkjs-transfer Groth16 proof (a copy of the shared fixture is bundled in the jar).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PairingBenchmark {

  /** Points of G1 and G2 that are not the generators, and a Miller-loop value. */
  @State(Scope.Thread)
  public static class Points {
    G1 p;
    G2 q;
    Fq12 millerValue;

    /** Picks the points once. */
    @Setup
    public void pick() {
      p = G1.GENERATOR.multiply(new BigInteger("123456789123456789123456789")).toAffine();
      q = G2.GENERATOR.multiply(new BigInteger("987654321987654321987654321")).toAffine();
      millerValue = Pairing.millerLoop(List.of(p), List.of(q));
    }
  }

  /** The snarkjs-transfer verifying key, proof and public signals, read with SnarkjsJson. */
  @State(Scope.Thread)
  public static class Transfer {
    VerifyingKey vk;
    Proof proof;
    PublicSignals signals;

    /** Reads the fixture; the key's point checks run on the first verification, in warm-up. */
    @Setup
    public void read() {
      vk = SnarkjsJson.readVerifyingKey(resource("vk.json"));
      proof = SnarkjsJson.readProof(resource("proof.json"));
      signals = SnarkjsJson.readPublicSignals(resource("public.json"));
      if (!Groth16Verifier.verify(vk, signals, proof).isValid()) {
        throw new IllegalStateException("the fixture proof must verify");
      }
    }

    private static String resource(String name) {
      String path = "/fixtures/groth16/snarkjs-transfer/" + name;
      try (InputStream in = PairingBenchmark.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing " + path);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** One full pairing e(P, Q): Miller loop and final exponentiation. */
  @Benchmark
  public Fq12 pairing(Points s) {
    return Pairing.pair(s.p, s.q);
  }

  /** The Miller loop of one pair. */
  @Benchmark
  public Fq12 millerLoop(Points s) {
    return Pairing.millerLoop(List.of(s.p), List.of(s.q));
  }

  /** The final exponentiation alone. */
  @Benchmark
  public Fq12 finalExponentiation(Points s) {
    return Pairing.finalExponentiation(s.millerValue);
  }

  /** The G2 subgroup check every untrusted proof point B needs. */
  @Benchmark
  public boolean g2SubgroupCheck(Points s) {
    return s.q.isInSubgroup();
  }

  /**
   * Verifying the fixture proof: signal and point checks, a two-input linear combination and a
   * four-pair product with one final exponentiation.
   */
  @Benchmark
  public VerificationResult groth16Verify(Transfer s) {
    return Groth16Verifier.verify(s.vk, s.signals, s.proof);
  }
}
