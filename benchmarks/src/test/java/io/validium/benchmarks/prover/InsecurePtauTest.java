package io.validium.benchmarks.prover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.Phase1Parameters;
import io.validium.zk.pairing.Pairing;
import io.validium.zk.poly.RootsOfUnity;
import io.validium.zk.snarkjs.PtauFile;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsecurePtauTest {

  private static final Path SNARKJS = Path.of("../zk/src/test/snarkjs").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void preparedFileIsByteForByteWhatSnarkjsPreparesFromTheSameUnpreparedOne() throws Exception {
    Path ours = dir.resolve("ours.ptau");
    Path unprepared = dir.resolve("unprepared.ptau");
    Path theirs = dir.resolve("theirs.ptau");
    InsecurePtau.write(ours, 5, "test seed", true);
    InsecurePtau.write(unprepared, 5, "test seed", false);

    snarkjs("powersoftau", "prepare", "phase2", unprepared.toString(), theirs.toString());

    assertThat(Files.readAllBytes(ours)).isEqualTo(Files.readAllBytes(theirs));
  }

  @Test
  void ptauFileReadsItAsAPreparedFileWithoutContributions() throws IOException {
    PtauFile ptau = write(4);

    assertThat(ptau.power()).isEqualTo(4);
    assertThat(ptau.ceremonyPower()).isEqualTo(4);
    assertThat(ptau.isPreparedForPhase2()).isTrue();
    assertThat(ptau.contributions()).isEmpty();
  }

  @Test
  void powersAreConsecutivePowersOfOneTauWithAlphaAndBetaInBothGroups() throws IOException {
    PtauFile ptau = write(4);
    List<G1> tau1 = ptau.tauG1(0, 31);
    List<G2> tau2 = ptau.tauG2(0, 16);
    List<G1> alpha1 = ptau.alphaTauG1(0, 16);
    List<G1> beta1 = ptau.betaTauG1(0, 16);
    G2 beta2 = ptau.betaG2();

    assertThat(tau1.get(0)).isEqualTo(G1.GENERATOR);
    assertThat(tau2.get(0)).isEqualTo(G2.GENERATOR);
    for (int i : new int[] {0, 1, 7, 15}) {
      assertThat(Pairing.pair(tau1.get(i), G2.GENERATOR))
          .isEqualTo(Pairing.pair(G1.GENERATOR, tau2.get(i)));
      assertThat(Pairing.pair(tau1.get(i + 1), G2.GENERATOR))
          .isEqualTo(Pairing.pair(tau1.get(i), tau2.get(1)));
      assertThat(Pairing.pair(beta1.get(i), G2.GENERATOR))
          .isEqualTo(Pairing.pair(tau1.get(i), beta2));
      if (i < 15) {
        assertThat(Pairing.pair(alpha1.get(i + 1), G2.GENERATOR))
            .isEqualTo(Pairing.pair(alpha1.get(i), tau2.get(1)));
      }
    }
    assertThat(Pairing.pair(tau1.get(30), G2.GENERATOR))
        .isEqualTo(Pairing.pair(tau1.get(15), tau2.get(15)));
  }

  @Test
  void lagrangeBasesOfEveryDomainSumToOneAndInterpolateTau() throws IOException {
    PtauFile ptau = write(4);
    G1 tau1 = ptau.tauG1(1, 1).get(0);
    G2 tau2 = ptau.tauG2(1, 1).get(0);
    G1 alpha = ptau.alphaTauG1(0, 1).get(0);
    for (int n = 1; n <= 16; n *= 2) {
      Phase1Parameters p1 = ptau.phase1(n);
      List<BigInteger> ones = scalars(n, 0);
      // Σ_j L_j(τ) = 1 and Σ_j ω^j·L_j(τ) = τ on a domain of more than one point.
      assertThat(G1.linearCombination(p1.tauLagrange1(), ones)).isEqualTo(G1.GENERATOR);
      assertThat(combination(p1.tauLagrange2(), ones)).isEqualTo(G2.GENERATOR);
      assertThat(G1.linearCombination(p1.alphaTauLagrange1(), ones)).isEqualTo(alpha);
      if (n > 1) {
        assertThat(G1.linearCombination(p1.tauLagrange1(), scalars(n, 1))).isEqualTo(tau1);
        assertThat(combination(p1.tauLagrange2(), scalars(n, 1))).isEqualTo(tau2);
      }
    }
  }

  @Test
  void refusesAPowerOutsideOneToTwentySeven() {
    Path out = dir.resolve("bad.ptau");

    assertThatThrownBy(() -> InsecurePtau.write(out, 0, "seed", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("power 0 is not between 1 and 27");
    assertThatThrownBy(() -> InsecurePtau.write(out, 28, "seed", true))
        .hasMessage("power 28 is not between 1 and 27");
    assertThat(out).doesNotExist();
  }

  private PtauFile write(int power) throws IOException {
    Path out = dir.resolve("p" + power + ".ptau");
    InsecurePtau.write(out, power, InsecurePtau.DEFAULT_SEED, true);
    return PtauFile.read(out);
  }

  private static G2 combination(List<G2> points, List<BigInteger> scalars) {
    G2 sum = G2.INFINITY;
    for (int i = 0; i < points.size(); i++) {
      sum = sum.add(points.get(i).multiply(Fr.fromBigInteger(scalars.get(i))));
    }
    return sum;
  }

  /** ω^(k·j) for j < n, ω the n-th root of unity snarkjs's FFT uses. */
  private static List<BigInteger> scalars(int n, int k) {
    Fr w = RootsOfUnity.primitive(Integer.numberOfTrailingZeros(n)).pow(BigInteger.valueOf(k));
    List<BigInteger> out = new ArrayList<>();
    Fr v = Fr.ONE;
    for (int j = 0; j < n; j++) {
      out.add(v.toBigInteger());
      v = v.mul(w);
    }
    return out;
  }

  private void snarkjs(String... args) throws Exception {
    Path cli = SNARKJS.resolve("node_modules/snarkjs/cli.js");
    if (!Files.exists(cli)) {
      run(SNARKJS, List.of("bash", SNARKJS.resolve("install.sh").toString()));
    }
    List<String> command = new ArrayList<>(List.of("node", cli.toString()));
    command.addAll(List.of(args));
    run(dir, command);
  }

  private static void run(Path in, List<String> command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(p.exitValue()).as("%s failed:%n%s", command, output).isZero();
  }
}
