package io.validium.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.FqArith;
import io.validium.zk.msm.G1Bases;
import io.validium.zk.msm.G2Bases;
import io.validium.zk.msm.Msm;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * CPU-time figures for a machine shared with other work, where JMH's wall-clock averages swing with
 * the load: each batch of operations is timed by the CPU time of the thread that runs it (of the
 * whole process for the parallel MSM), and the minimum and median over the batches are printed.
 *
 * <p>{@code CpuTimes
 * poseidon2|poseidon5|frmul|frsquare|frpow5|frmulplus|frdot3|fqmul|fqsquare|fqsub|fqadd [batches]}
 * times one operation (two for the add and sub workloads) per batch entry on this thread; {@code
 * CpuTimes msm-g1|msm-g2 logSize [repetitions]} times whole MSMs over uniform scalars (process CPU
 * time and wall time); {@code CpuTimes eddsa-single|eddsa-batch16|eddsa-batch64|eddsa-batch256
 * [batches]} times EdDSA-Poseidon verification per signature (distinct keys, all valid).
 */
public final class CpuTimes {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTimes() {}

  /** Runs the workload named by the first argument; see the class comment. */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: CpuTimes <workload> [size] [batches]");
      System.exit(2);
    }
    String what = args[0];
    if (what.startsWith("msm-")) {
      int log = Integer.parseInt(args[1]);
      int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
      msm(what, log, reps);
      return;
    }
    int batches = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Random random = new Random(42);
    Fr a = PoseidonBenchmark.randomElement(random);
    Fr b = PoseidonBenchmark.randomElement(random);
    Fr[] five = new Fr[5];
    for (int i = 0; i < 5; i++) {
      five[i] = PoseidonBenchmark.randomElement(random);
    }
    long[] x = new long[4];
    long[] y = new long[4];
    FrArith.load(a, x, 0);
    FrArith.load(b, y, 0);
    long[] qx = new long[4];
    long[] qy = new long[4];
    FqArith.load(io.validium.zk.field.Fq.fromBigInteger(a.toBigInteger()), qx, 0);
    FqArith.load(io.validium.zk.field.Fq.fromBigInteger(b.toBigInteger()), qy, 0);
    long[] three = new long[12];
    FrArith.load(a, three, 0);
    FrArith.load(b, three, 4);
    FrArith.load(a, three, 8);
    long[] scratch = new long[4];
    Fr[] chain = {a};
    LongSupplier op;
    int perBatch;
    // Operations per call of op (a whole batch verification counts each signature).
    int[] divisor = {1};
    switch (what) {
      case "poseidon2" -> {
        perBatch = 200;
        op = () -> (chain[0] = Poseidon.hash(chain[0], b)).hashCode();
      }
      case "poseidon5" -> {
        perBatch = 100;
        op =
            () -> {
              five[0] = Poseidon.hash(five);
              return five[0].hashCode();
            };
      }
      case "frmul" -> {
        perBatch = 1_000_000;
        op =
            () -> {
              FrArith.mul(x, 0, y, 0, x, 0);
              return x[0];
            };
      }
      case "frsquare" -> {
        perBatch = 1_000_000;
        op =
            () -> {
              FrArith.square(x, 0, x, 0);
              return x[0];
            };
      }
      case "frpow5" -> {
        perBatch = 1_000_000;
        op =
            () -> {
              FrArith.pow5(x, 0, x, 0, scratch, 0);
              return x[0];
            };
      }
      case "frmulplus" -> {
        perBatch = 1_000_000;
        op =
            () -> {
              FrArith.mulPlus(x, 0, y, 0, x, 0, x, 0);
              return x[0];
            };
      }
      case "frdot3" -> {
        perBatch = 1_000_000;
        op =
            () -> {
              FrArith.dotPlus(three, 0, three, 0, 3, y, 0, three, 0);
              return three[0];
            };
      }
      case "fqmul" -> {
        perBatch = 1_000_000;
        op =
            () -> {
              FqArith.mul(qx, 0, qy, 0, qx, 0);
              return qx[0];
            };
      }
      case "fqsub" -> {
        perBatch = 1_000_000;
        op =
            () -> {
              FqArith.sub(qx, 0, qy, 0, qx, 0);
              FqArith.sub(qy, 0, qx, 0, qy, 0);
              return qx[0];
            };
      }
      case "fqadd" -> {
        perBatch = 1_000_000;
        op =
            () -> {
              FqArith.add(qx, 0, qy, 0, qx, 0);
              FqArith.add(qy, 0, qx, 0, qy, 0);
              return qx[0];
            };
      }
      case "fqsquare" -> {
        perBatch = 1_000_000;
        op =
            () -> {
              FqArith.square(qx, 0, qx, 0);
              return qx[0];
            };
      }
      case "eddsa-single" -> {
        perBatch = 64;
        var items = EdDsaBatchBenchmark.signedItems(64, 2494);
        int[] next = {0};
        op =
            () -> {
              var it = items.get(next[0]++ & 63);
              return it.key().verify(it.message(), it.signature()) ? 1 : 0;
            };
      }
      case "eddsa-batch16", "eddsa-batch64", "eddsa-batch256" -> {
        int size = Integer.parseInt(what.substring("eddsa-batch".length()));
        perBatch = 1;
        var items = EdDsaBatchBenchmark.signedItems(size, 2494);
        var verifier = new io.validium.core.crypto.EdDsaBatchVerifier();
        op = () -> verifier.allValid(items) ? 1 : 0;
        divisor[0] = size;
      }
      default -> throw new IllegalArgumentException("unknown workload " + what);
    }
    double[] ns = new double[batches];
    long sink = 0;
    for (int warm = 0; warm < 50; warm++) {
      for (int i = 0; i < perBatch; i++) {
        sink += op.getAsLong();
      }
    }
    for (int k = 0; k < batches; k++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < perBatch; i++) {
        sink += op.getAsLong();
      }
      ns[k] = (THREADS.getCurrentThreadCpuTime() - t0) / (double) perBatch / divisor[0];
    }
    Arrays.sort(ns);
    System.out.printf(
        "%s: thread CPU per op min %.1f ns, median %.1f ns over %d batches of %d (sink %d)%n",
        what, ns[0], ns[batches / 2], batches, perBatch, sink & 1);
    System.out.printf("%s: 10th percentile %.1f ns%n", what, ns[batches / 10]);
  }

  private static void msm(String what, int log, int reps) {
    int n = 1 << log;
    Random random = new Random(log);
    long[] scalars = MsmBenchmark.randomScalars(random, n);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Runnable op;
    if (what.equals("msm-g1")) {
      G1[] points = new G1[n];
      G1 p = G1.GENERATOR.multiply(MsmBenchmark.randomScalar(random));
      for (int i = 0; i < n; i++) {
        points[i] = p;
        p = p.add(G1.GENERATOR);
      }
      G1Bases bases = G1Bases.of(points);
      op = () -> Msm.g1(bases, scalars);
    } else {
      G2[] points = new G2[n];
      G2 p = G2.GENERATOR.multiply(MsmBenchmark.randomScalar(random));
      for (int i = 0; i < n; i++) {
        points[i] = p;
        p = p.add(G2.GENERATOR);
      }
      G2Bases bases = G2Bases.of(points);
      op = () -> Msm.g2(bases, scalars);
    }
    op.run();
    double[] cpu = new double[reps];
    double[] wall = new double[reps];
    for (int k = 0; k < reps; k++) {
      long c0 = os.getProcessCpuTime();
      long w0 = System.nanoTime();
      op.run();
      wall[k] = (System.nanoTime() - w0) / 1e6;
      cpu[k] = (os.getProcessCpuTime() - c0) / 1e6;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf(
        "%s 2^%d: process CPU min %.0f ms, median %.0f ms; wall min %.0f ms, median %.0f ms;"
            + " %d reps, %d processors%n",
        what,
        log,
        cpu[0],
        cpu[reps / 2],
        wall[0],
        wall[reps / 2],
        reps,
        Runtime.getRuntime().availableProcessors());
  }
}
