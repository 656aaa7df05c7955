package io.validium.benchmarks.setup;

import com.sun.management.OperatingSystemMXBean;
import io.validium.circuit.BatchCircuit;
import io.validium.core.field.Fr;
import io.validium.zk.groth16.ContributionResult;
import io.validium.zk.groth16.DevelopmentSetup;
import io.validium.zk.groth16.Groth16Setup;
import io.validium.zk.groth16.Phase1Parameters;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.SparseRow;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Wall and process CPU time of each phase of Groth16 key generation for the batch circuit of one
 * size: the insecure phase 1 for its domain, phase 2 from those parameters, one contribution, the
 * fast insecure {@link DevelopmentSetup} and writing a .zkey.
 *
 * <p>{@code SetupTiming [batchSize]} (default 1). Prints the heap the circuit keeps reachable
 * (measured after full collections), one line per phase with the load average before it, then the
 * SHA-256 of the initial phase-2 key's and the development key's .zkey bytes, which are
 * deterministic and so compare an optimised implementation with an earlier one.
 */
public final class SetupTiming {

  private static final OperatingSystemMXBean CPU =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private SetupTiming() {}

  /** Times the phases; see the class comment. */
  public static void main(String[] args) {
    if (args.length > 1) {
      System.err.println("usage: SetupTiming [batchSize]");
      System.exit(2);
    }
    int size = args.length == 1 ? Integer.parseInt(args[0]) : 1;
    System.out.printf(
        "batch size %d, %d processors, max heap %d MiB%n",
        size, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    long heapBefore = retainedHeap();
    BatchCircuit circuit = timed("circuit", () -> BatchCircuit.forSize(size));
    ConstraintSystem cs = circuit.system();
    long circuitBytes = retainedHeap() - heapBefore;
    int n = Groth16Setup.domainSize(cs.numConstraints(), cs.numPublicInputs());
    System.out.printf(
        "constraints %,d, wires %,d, public %d, domain 2^%d%n",
        cs.numConstraints(), cs.numWires(), cs.numPublicInputs(), Integer.numberOfTrailingZeros(n));
    System.out.printf(
        "circuit retained heap %,d KiB (%,d bytes per constraint)%n",
        circuitBytes >> 10, circuitBytes / cs.numConstraints());
    entries(cs);
    byte[] seed = ("setup timing " + size).getBytes(StandardCharsets.UTF_8);
    Phase1Parameters p1 = timed("insecure phase 1", () -> Groth16Setup.insecurePhase1(seed, n));
    ProvingKey initial = timed("phase 2", () -> Groth16Setup.phase2(cs, p1));
    ContributionResult contributed =
        timed("contribution", () -> Groth16Setup.contribute(initial, seed, "setup timing"));
    ProvingKey dev = timed("development setup", () -> DevelopmentSetup.insecure(cs, seed));
    byte[] initialBytes = timed("write initial .zkey", () -> zkey(initial));
    timed("write contributed .zkey", () -> zkey(contributed.key()));
    byte[] devBytes = timed("write development .zkey", () -> zkey(dev));
    System.out.printf(
        "initial key .zkey sha256 %s (%,d bytes)%n", sha256(initialBytes), initialBytes.length);
    System.out.printf(
        "development key .zkey sha256 %s (%,d bytes)%n", sha256(devBytes), devBytes.length);
  }

  private static <T> T timed(String phase, Supplier<T> work) {
    String load = load();
    long cpu0 = CPU.getProcessCpuTime();
    long t0 = System.nanoTime();
    T out = work.get();
    double wall = (System.nanoTime() - t0) / 1e6;
    double cpu = (CPU.getProcessCpuTime() - cpu0) / 1e6;
    System.out.printf(
        "%-24s wall %,9.0f ms  CPU %,9.0f ms  (load before %s)%n", phase, wall, cpu, load);
    return out;
  }

  /** What phase 2's cost depends on: the matrix entries, how many are ±1, the longest column. */
  private static void entries(ConstraintSystem cs) {
    long[] total = new long[3];
    long[] units = new long[3];
    int[] column = new int[cs.numWires()];
    Fr minusOne = Fr.ONE.neg();
    for (var c : cs.constraints()) {
      SparseRow[] rows = {c.a(), c.b(), c.c()};
      for (int m = 0; m < 3; m++) {
        for (int t = 0; t < rows[m].size(); t++) {
          total[m]++;
          Fr v = rows[m].coefficient(t);
          if (v.equals(Fr.ONE) || v.equals(minusOne)) {
            units[m]++;
          }
          column[rows[m].wire(t)]++;
        }
      }
    }
    int longest = Arrays.stream(column).max().orElse(0);
    System.out.printf(
        "entries A %,d (%,d are ±1), B %,d (%,d), C %,d (%,d); longest column %,d entries%n",
        total[0], units[0], total[1], units[1], total[2], units[2], longest);
  }

  /** Heap in use after full collections, so that what it counts is what is still reachable. */
  private static long retainedHeap() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
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

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
