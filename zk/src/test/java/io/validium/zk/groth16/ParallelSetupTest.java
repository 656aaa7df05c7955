package io.validium.zk.groth16;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.snarkjs.PtauFile;
import io.validium.zk.snarkjs.ZkeyFile;
import io.validium.zk.testing.Fixtures;
import io.validium.zk.testing.HashChainCircuit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The setup on all cores gives the keys of the sequential one, byte for byte in the .zkey, and the
 * same bytes whatever the number of threads.
 */
class ParallelSetupTest {

  private static final byte[] SEED = "parallel setup test".getBytes(StandardCharsets.UTF_8);

  private static ConstraintSystem cs;
  private static int n;

  @BeforeAll
  static void circuit() {
    cs = HashChainCircuit.build().cs();
    n = Groth16Setup.domainSize(cs.numConstraints(), cs.numPublicInputs());
  }

  @Test
  void theCircuitHasAColumnLongEnoughForTheBucketMethod() {
    int[] entries = new int[cs.numWires()];
    cs.constraints()
        .forEach(
            c -> {
              for (int t = 0; t < c.b().size(); t++) {
                entries[c.b().wire(t)]++;
              }
            });
    assertThat(java.util.Arrays.stream(entries).max().orElse(0))
        .isGreaterThanOrEqualTo(QueryColumns.BUCKETS_FROM);
  }

  @Test
  void insecurePhase1EqualsTheSequentialOne() {
    InsecureTrapdoor t = InsecureTrapdoor.fromSeed(SEED);

    assertThat(t.phase1(n)).isEqualTo(SequentialSetup.phase1(t, n));
  }

  @Test
  void phase2FromThePtauFixtureEqualsTheSequentialOneByteForByte() throws Exception {
    Phase1Parameters p1 =
        PtauFile.parse("pot12_final.ptau", ByteBuffer.wrap(Fixtures.bytes("ptau/pot12_final.ptau")))
            .phase1(n);

    byte[] parallel = zkey(Groth16Setup.phase2(cs, p1));

    assertThat(parallel).isEqualTo(zkey(SequentialSetup.phase2(cs, p1)));
    assertThat(onThreads(1, () -> zkey(Groth16Setup.phase2(cs, p1)))).isEqualTo(parallel);
    assertThat(onThreads(3, () -> zkey(Groth16Setup.phase2(cs, p1)))).isEqualTo(parallel);
  }

  @Test
  void aContributionEqualsTheSequentialOneWhateverTheThreads() throws Exception {
    InsecureTrapdoor t = InsecureTrapdoor.fromSeed(SEED);
    ProvingKey initial = Groth16Setup.phase2(cs, t.phase1(n));
    Fr x = Fr.of(123456789).pow(java.math.BigInteger.valueOf(77));
    Fr s = Fr.of(987654321);

    ProvingKey contributed = Phase2Ceremony.contribute(initial, x, s, "alice").key();

    Fr xInverse = x.inverse();
    assertThat(contributed.l()).isEqualTo(SequentialSetup.scaled(initial.l(), xInverse));
    assertThat(contributed.h()).isEqualTo(SequentialSetup.scaled(initial.h(), xInverse));
    byte[] bytes = zkey(contributed);
    assertThat(onThreads(1, () -> zkey(Phase2Ceremony.contribute(initial, x, s, "alice").key())))
        .isEqualTo(bytes);
    assertThat(onThreads(4, () -> zkey(Phase2Ceremony.contribute(initial, x, s, "alice").key())))
        .isEqualTo(bytes);
  }

  @Test
  void developmentKeysAreTheSameBytesWhateverTheThreads() throws Exception {
    byte[] ceremony = zkey(Groth16Setup.insecureDevelopmentSetup(cs, SEED));
    byte[] fast = zkey(DevelopmentSetup.insecure(cs, SEED));

    assertThat(onThreads(1, () -> zkey(Groth16Setup.insecureDevelopmentSetup(cs, SEED))))
        .isEqualTo(ceremony);
    assertThat(onThreads(3, () -> zkey(Groth16Setup.insecureDevelopmentSetup(cs, SEED))))
        .isEqualTo(ceremony);
    assertThat(onThreads(1, () -> zkey(DevelopmentSetup.insecure(cs, SEED)))).isEqualTo(fast);
    assertThat(onThreads(3, () -> zkey(DevelopmentSetup.insecure(cs, SEED)))).isEqualTo(fast);
  }

  /** Runs the work in a pool of that many threads, where parallel streams also run. */
  private static byte[] onThreads(int threads, Supplier<byte[]> work)
      throws InterruptedException, ExecutionException {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Callable<byte[]> task = work::get;
      return pool.submit(task).get();
    } finally {
      pool.shutdown();
    }
  }

  private static byte[] zkey(ProvingKey key) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ZkeyFile.write(key, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
