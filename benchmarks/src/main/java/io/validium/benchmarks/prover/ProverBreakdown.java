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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a Groth16 proof's time goes: the prover's stages run one by one through the same public
 * APIs it uses (affine conversion of the bases and their window tables, which the prover makes once
 * per key and which the sum of stages leaves out, each MSM with and without window tables, the
 * quotient's matrix pass, NTTs and pointwise products), next to whole proofs. {@code
 * ProverBreakdown zkey wtns runs}; the once-per-key stages are timed once, the rest over {@code
 * runs} runs after a warmup that is not reported.
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
    G1Bases a = b.once("once per key, to affine: A", () -> G1Bases.of(pk.a().toArray(G1[]::new)));
    G1Bases b1 =
        b.once("once per key, to affine: B1", () -> G1Bases.of(pk.b1().toArray(G1[]::new)));
    G2Bases b2 =
        b.once("once per key, to affine: B2 (G2)", () -> G2Bases.of(pk.b2().toArray(G2[]::new)));
    G1Bases l =
        b.once("once per key, to affine: C (L)", () -> G1Bases.of(pk.l().toArray(G1[]::new)));
    G1Bases h = b.once("once per key, to affine: H", () -> G1Bases.of(pk.h().toArray(G1[]::new)));
    long tableBytes =
        a.windowTableBytes()
            + b1.windowTableBytes()
            + b2.windowTableBytes()
            + l.windowTableBytes()
            + h.windowTableBytes();
    // The prover's own rule (ProvingKey): tables when all five fit in a quarter of the heap.
    boolean tabled = tableBytes <= Runtime.getRuntime().maxMemory() / 4;
    System.out.printf(
        "window tables: %d MB, %s%n", tableBytes >> 20, tabled ? "used" : "too large, not used");
    Bases plain = new Bases(a, b1, b2, l, h);
    Bases tables =
        new Bases(
            b.once("once per key, window tables: A", a::withWindowTables),
            b.once("once per key, window tables: B1", b1::withWindowTables),
            b.once("once per key, window tables: B2 (G2)", b2::withWindowTables),
            b.once("once per key, window tables: C (L)", l::withWindowTables),
            b.once("once per key, window tables: H", h::withWindowTables));
    for (b.run = -1; b.run < runs; b.run++) {
      b.proof(pk, w, plain, tables);
    }
    double sum = 0;
    for (Map.Entry<String, double[]> e : b.stages.entrySet()) {
      String stage = e.getKey();
      double median = median(e.getValue());
      // The prover converts the bases once per key and keeps them, so they are not part of a proof.
      boolean msm = stage.startsWith("MSM");
      boolean counted =
          !stage.startsWith("whole")
              && !stage.startsWith("once per key")
              && (!msm || stage.contains("tables") == tabled);
      if (counted) {
        sum += median;
      }
      System.out.printf("%-44s %9.1f ms%n", stage, median);
    }
    System.out.printf("%-44s %9.1f ms%n", "sum of stages (the MSMs the prover uses)", sum);
  }

  /** The five queries as MSM bases. */
  private record Bases(G1Bases a, G1Bases b1, G2Bases b2, G1Bases l, G1Bases h) {}

  private void proof(ProvingKey pk, Fr[] w, Bases plain, Bases tables) {
    int publics = pk.publicSignals();
    Fr[] priv = Arrays.copyOfRange(w, publics + 1, w.length);
    Fr[] q = quotient(pk, w);
    for (Bases x : List.of(plain, tables)) {
      String how = x == tables ? ", window tables" : "";
      time("MSM A (G1, " + w.length + ")" + how, () -> Msm.g1(x.a(), w));
      time("MSM B1 (G1, " + w.length + ")" + how, () -> Msm.g1(x.b1(), w));
      time("MSM B2 (G2, " + w.length + ")" + how, () -> Msm.g2(x.b2(), w));
      time("MSM C (G1, " + priv.length + ")" + how, () -> Msm.g1(x.l(), priv));
      time("MSM H (G1, " + q.length + ")" + how, () -> Msm.g1(x.h(), q));
    }
    time("whole proof (Groth16Prover.prove)", () -> Groth16Prover.prove(pk, w));
  }

  /** Times a once-per-key stage: one measurement, reported as is. */
  private <T> T once(String stage, Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    double[] all = new double[runs];
    Arrays.fill(all, ProverTiming.millisSince(t0));
    stages.put(stage, all);
    return result;
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
