package io.validium.benchmarks.prover;

import com.sun.management.OperatingSystemMXBean;
import io.validium.core.field.Fr;
import io.validium.zk.groth16.Groth16Prover;
import io.validium.zk.groth16.ProofWithSignals;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.snarkjs.SnarkjsJson;
import io.validium.zk.snarkjs.WtnsFile;
import io.validium.zk.snarkjs.ZkeyFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times whole Groth16 proofs from a .zkey and a .wtns in one warm JVM, one proof per line read on
 * stdin, so a script can interleave them with snarkjs runs.
 *
 * <p>{@code ProverTiming zkey wtns outDir warmups}: loads both files, proves {@code warmups} times,
 * prints {@code ready}, then for each input line proves once, writes {@code java-proof.json} and
 * {@code java-public.json} into outDir and prints {@code proof_ms <milliseconds> cpu_ms
 * <milliseconds>} (wall time, then the CPU time of the whole process over all its threads). Ends at
 * EOF.
 */
public final class ProverTiming {

  private static final OperatingSystemMXBean CPU =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ProverTiming() {}

  /** Runs the loop described in the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: ProverTiming <zkey> <wtns> <out dir> <warmups>");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    ProvingKey pk = ZkeyFile.read(Path.of(args[0]));
    Fr[] witness = WtnsFile.read(Path.of(args[1]));
    Path out = Path.of(args[2]);
    System.out.printf("load_ms %.1f%n", millisSince(t0));
    for (int i = Integer.parseInt(args[3]); i > 0; i--) {
      System.out.printf("warmup_ms %.1f%n", timeOne(pk, witness, out));
    }
    System.out.println("ready");
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    while (in.readLine() != null) {
      long cpu0 = CPU.getProcessCpuTime();
      double ms = timeOne(pk, witness, out);
      System.out.printf("proof_ms %.1f cpu_ms %.1f%n", ms, (CPU.getProcessCpuTime() - cpu0) / 1e6);
      System.out.flush();
    }
  }

  private static double timeOne(ProvingKey pk, Fr[] witness, Path out) throws IOException {
    long t0 = System.nanoTime();
    ProofWithSignals proof = Groth16Prover.prove(pk, witness);
    double ms = millisSince(t0);
    Files.writeString(out.resolve("java-proof.json"), SnarkjsJson.writeProof(proof.proof()));
    Files.writeString(
        out.resolve("java-public.json"), SnarkjsJson.writePublicSignals(proof.signals()));
    return ms;
  }

  static double millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }
}
