package io.validium.benchmarks.prover;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.Fq;
import io.validium.zk.groth16.DevelopmentSetup;
import io.validium.zk.groth16.FixedBase;
import io.validium.zk.poly.RootsOfUnity;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a snarkjs-format powers of tau of power p, prepared for phase 2, from τ, α, β derived from
 * a seed: INSECURE by construction (anyone with the seed can forge proofs), for benchmarks only,
 * where making one with snarkjs takes hours at 2^17.
 *
 * <pre>
 *   java -cp benchmarks.jar io.validium.benchmarks.prover.InsecurePtau power out.ptau [seed] [--unprepared]
 * </pre>
 *
 * <p>The layout is what {@code snarkjs powersoftau prepare phase2} writes: header, τ^i in G1
 * (2^(p+1) − 1) and G2 (2^p), α·τ^i and β·τ^i in G1, β in G2, an empty contributions section (as
 * {@code powersoftau new} leaves it: no ceremony took place), then sections 12 to 15, the inverse
 * FFT of sections 2 to 5 for every domain 2^0..2^p, smallest first, and for τ in G1 also 2^(p+1).
 * That inverse FFT of τ^0..τ^(m−1) is the Lagrange basis L_j(τ) of the m-domain; snarkjs pads the
 * 2^(p+1)-domain's input with a zero for the missing τ^(2^(p+1)−1), so its points are L_j(τ) −
 * ω^j·τ^(M−1)/M. Each point is a fixed-base multiple of the generator ({@link FixedBase}), which is
 * what makes this minutes rather than hours. {@code --unprepared} stops after section 7, as {@code
 * powersoftau contribute} leaves a file, so that snarkjs can prepare it for comparison.
 */
public final class InsecurePtau {

  /** The default seed, so that the benchmark's powers of tau are the same on every machine. */
  static final String DEFAULT_SEED = "validium insecure benchmark ptau";

  private static final int MAX_POWER = 27;
  private static final String USAGE =
      "usage: InsecurePtau power out.ptau [seed] [--unprepared]  (power 1.." + MAX_POWER + ")";

  private final int power;
  private final Fr tau;
  private final Fr alpha;
  private final Fr beta;
  private final FixedBase<G1> g1 = FixedBase.g1();
  private final FixedBase<G2> g2 = FixedBase.g2();

  private InsecurePtau(int power, byte[] seed) {
    this.power = power;
    this.tau = derive(seed, "tau");
    this.alpha = derive(seed, "alpha");
    this.beta = derive(seed, "beta");
    // τ^M = 1 for the largest domain M would also make it a root of every smaller domain.
    if (tau.pow(BigInteger.ONE.shiftLeft(power + 1)).equals(Fr.ONE)) {
      throw new IllegalArgumentException("τ is a root of unity of a domain; choose another seed");
    }
  }

  /** Writes the powers of tau of {@code power} from {@code seed} to {@code out}. */
  static void write(Path out, int power, String seed, boolean prepared) throws IOException {
    if (power < 1 || power > MAX_POWER) {
      throw new IllegalArgumentException("power " + power + " is not between 1 and " + MAX_POWER);
    }
    new InsecurePtau(power, seed.getBytes(StandardCharsets.UTF_8)).writeTo(out, prepared);
  }

  /** Runs the tool; a bad argument prints the reason and the usage and exits with status 2. */
  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>();
    boolean prepared = true;
    for (String a : args) {
      if (a.equals("--unprepared")) {
        prepared = false;
      } else if (a.startsWith("--")) {
        fail("unknown option " + a);
      } else {
        positional.add(a);
      }
    }
    if (positional.size() < 2 || positional.size() > 3) {
      fail("expected power, output path and an optional seed, got " + positional.size());
    }
    int power;
    try {
      power = Integer.parseInt(positional.get(0));
    } catch (NumberFormatException e) {
      fail("power is not a number: " + positional.get(0));
      return;
    }
    if (power < 1 || power > MAX_POWER) {
      fail("power " + power + " is not between 1 and " + MAX_POWER);
    }
    Path out = Path.of(positional.get(1));
    Path parent = out.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      fail("the output's folder does not exist: " + parent);
    }
    String seed = positional.size() == 3 ? positional.get(2) : DEFAULT_SEED;
    long t0 = System.nanoTime();
    write(out, power, seed, prepared);
    System.err.printf(
        "wrote %s (power %d, %d bytes) in %d ms%n",
        out, power, Files.size(out), (System.nanoTime() - t0) / 1_000_000);
  }

  private static void fail(String reason) {
    System.err.println(reason);
    System.err.println(USAGE);
    System.exit(2);
  }

  private void writeTo(Path out, boolean prepared) throws IOException {
    int n = 1 << power;
    long all = 2L * n - 1;
    Fr[] powers = powers(2 * n - 1);
    Fr[] low = Arrays.copyOf(powers, n);
    try (PtauWriter w = new PtauWriter(out, prepared ? 11 : 7)) {
      w.section(1, 44);
      w.u32(32);
      w.plain(Fq.MODULUS);
      w.u32(power);
      w.u32(power);
      w.section(2, all * PtauWriter.G1_BYTES);
      w.g1s(g1.affineTimes(powers, Fr.ONE));
      w.section(3, (long) n * PtauWriter.G2_BYTES);
      w.g2s(g2.affineTimes(low, Fr.ONE));
      w.section(4, (long) n * PtauWriter.G1_BYTES);
      w.g1s(g1.affineTimes(low, alpha));
      w.section(5, (long) n * PtauWriter.G1_BYTES);
      w.g1s(g1.affineTimes(low, beta));
      w.section(6, PtauWriter.G2_BYTES);
      w.g2(g2.affineTimes(beta));
      w.section(7, 4);
      w.u32(0);
      if (prepared) {
        List<Fr[]> bases = new ArrayList<>();
        for (int p = 0; p <= power + 1; p++) {
          bases.add(p <= power ? DevelopmentSetup.lagrangeAt(tau, 1 << p) : truncated(1 << p));
        }
        lagrangeG1(w, 12, bases, Fr.ONE);
        w.section(13, all * PtauWriter.G2_BYTES);
        for (Fr[] basis : bases.subList(0, power + 1)) {
          w.g2s(g2.affineTimes(basis, Fr.ONE));
        }
        lagrangeG1(w, 14, bases.subList(0, power + 1), alpha);
        lagrangeG1(w, 15, bases.subList(0, power + 1), beta);
      }
    }
  }

  /** One section of factor·L_j(τ) in G1 for each basis, smallest domain first. */
  private void lagrangeG1(PtauWriter w, int id, List<Fr[]> bases, Fr factor) throws IOException {
    long points = 0;
    for (Fr[] basis : bases) {
      points += basis.length;
    }
    w.section(id, points * PtauWriter.G1_BYTES);
    for (Fr[] basis : bases) {
      w.g1s(g1.affineTimes(basis, factor));
    }
  }

  /** The inverse FFT of τ^0..τ^(m−2) and a zero: L_j(τ) − ω^j·τ^(m−1)/m. */
  private Fr[] truncated(int m) {
    Fr[] basis = DevelopmentSetup.lagrangeAt(tau, m);
    Fr w = RootsOfUnity.primitive(Integer.numberOfTrailingZeros(m));
    Fr top = tau.pow(BigInteger.valueOf(m - 1)).mul(Fr.of(m).inverse());
    Fr wj = Fr.ONE;
    for (int j = 0; j < m; j++) {
      basis[j] = basis[j].sub(wj.mul(top));
      wj = wj.mul(w);
    }
    return basis;
  }

  private Fr[] powers(int count) {
    Fr[] out = new Fr[count];
    Fr p = Fr.ONE;
    for (int i = 0; i < count; i++) {
      out[i] = p;
      p = p.mul(tau);
    }
    return out;
  }

  private static Fr derive(byte[] seed, String label) {
    return DevelopmentSetup.seededScalar(seed, label);
  }
}
