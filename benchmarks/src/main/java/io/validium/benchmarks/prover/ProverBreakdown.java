package io.validium.benchmarks.prover;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.groth16.Coefficient;
import io.validium.zk.groth16.Groth16Prover;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.msm.G1Bases;
import io.validium.zk.msm.G2Bases;
import io.validium.zk.msm.Msm;
import io.validium.zk.poly.EvaluationDomain;
import io.validium.zk.poly.FieldVectors;
import io.validium.zk.poly.RootsOfUnity;
import io.validium.zk.snarkjs.WtnsFile;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a Groth16 proof's time goes: the prover's stages run one by one through the same public
 * APIs it uses (affine conversion of the bases, which the prover does once per key and which the
 * sum of stages leaves out, each MSM, the quotient's matrix pass, NTTs and pointwise products),
 * next to whole proofs. {@code ProverBreakdown zkey wtns runs}; the first run is a warmup and is
 * not reported.
 */
public final class ProverBreakdown {

  private static final int L = FrArith.LIMBS;

  private final Map<String, double[]> stages = new LinkedHashMap<>();
  private final int runs;
  private int run;

  private ProverBreakdown(int runs) {
    this.runs = runs;
  }

  /** Prints each stage's median over the runs, in milliseconds. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ProverBreakdown <zkey> <wtns> <runs>");
      System.exit(2);
    }
    ProvingKey pk = ZkeyFile.read(Path.of(args[0]));
    Fr[] w = WtnsFile.read(Path.of(args[1]));
    int runs = Integer.parseInt(args[2]);
    ProverBreakdown b = new ProverBreakdown(runs);
    for (b.run = -1; b.run < runs; b.run++) {
      b.once(pk, w);
    }
    double sum = 0;
    for (Map.Entry<String, double[]> e : b.stages.entrySet()) {
      double median = median(e.getValue());
      // The prover converts the bases once per key and keeps them, so they are not part of a proof.
      if (!e.getKey().startsWith("whole") && !e.getKey().startsWith("once per key")) {
        sum += median;
      }
      System.out.printf("%-34s %9.1f ms%n", e.getKey(), median);
    }
    System.out.printf("%-34s %9.1f ms%n", "sum of stages", sum);
  }

  private void once(ProvingKey pk, Fr[] w) {
    int publics = pk.publicSignals();
    Fr[] priv = Arrays.copyOfRange(w, publics + 1, w.length);
    G1Bases a = time("once per key, to affine: A", () -> G1Bases.of(pk.a().toArray(new G1[0])));
    G1Bases b1 = time("once per key, to affine: B1", () -> G1Bases.of(pk.b1().toArray(new G1[0])));
    G2Bases b2 =
        time("once per key, to affine: B2 (G2)", () -> G2Bases.of(pk.b2().toArray(new G2[0])));
    G1Bases l = time("once per key, to affine: C (L)", () -> G1Bases.of(pk.l().toArray(new G1[0])));
    G1Bases h = time("once per key, to affine: H", () -> G1Bases.of(pk.h().toArray(new G1[0])));
    Fr[] q = quotient(pk, w);
    time("MSM A (G1, " + w.length + ")", () -> Msm.g1(a, w));
    time("MSM B1 (G1, " + w.length + ")", () -> Msm.g1(b1, w));
    time("MSM B2 (G2, " + w.length + ")", () -> Msm.g2(b2, w));
    time("MSM C (G1, " + priv.length + ")", () -> Msm.g1(l, priv));
    time("MSM H (G1, " + q.length + ")", () -> Msm.g1(h, q));
    time("whole proof (Groth16Prover.prove)", () -> Groth16Prover.prove(pk, w));
  }

  private Fr[] quotient(ProvingKey pk, Fr[] witness) {
    int n = pk.domainSize();
    EvaluationDomain domain = EvaluationDomain.ofSize(n);
    EvaluationDomain odd = domain.withCosetShift(RootsOfUnity.primitive(domain.logSize() + 1));
    long[] a = new long[n * L];
    long[] b = new long[n * L];
    long[] c = new long[n * L];
    time(
        "quotient: A·w, B·w from the key",
        () -> {
          long[] wl = FieldVectors.toLimbs(witness);
          long[] value = new long[L];
          long[] term = new long[L];
          for (Coefficient k : pk.coefficients()) {
            long[] target = k.matrix() == 0 ? a : b;
            FrArith.load(k.value(), value, 0);
            FrArith.mul(value, 0, wl, k.signal() * L, term, 0);
            FrArith.add(target, k.constraint() * L, term, 0, target, k.constraint() * L);
          }
          for (int i = 0; i < n; i++) {
            FrArith.mul(a, i * L, b, i * L, c, i * L);
          }
          return c;
        });
    time(
        "quotient: 3 inverse NTTs",
        () -> {
          domain.inverseNtt(a);
          domain.inverseNtt(b);
          domain.inverseNtt(c);
          return c;
        });
    time(
        "quotient: 3 coset NTTs",
        () -> {
          odd.cosetNtt(a);
          odd.cosetNtt(b);
          odd.cosetNtt(c);
          return c;
        });
    return time(
        "quotient: A·B − C, to Fr[]",
        () -> {
          for (int i = 0; i < n; i++) {
            FrArith.mul(a, i * L, b, i * L, a, i * L);
            FrArith.sub(a, i * L, c, i * L, a, i * L);
          }
          return FieldVectors.toElements(a);
        });
  }

  private <T> T time(String stage, Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    double ms = ProverTiming.millisSince(t0);
    if (run >= 0) {
      stages.computeIfAbsent(stage, s -> new double[runs])[run] = ms;
    }
    return result;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }
}
