package io.validium.benchmarks.prover;

import com.sun.management.OperatingSystemMXBean;
import io.validium.circuit.BatchCircuit;
import io.validium.circuit.BatchInputs;
import io.validium.circuit.BatchWitness;
import io.validium.circuit.WitnessResult;
import io.validium.core.state.BatchExecution;
import io.validium.zk.groth16.DevelopmentSetup;
import io.validium.zk.groth16.Groth16Prover;
import io.validium.zk.groth16.Groth16Verifier;
import io.validium.zk.groth16.ProofWithSignals;
import io.validium.zk.groth16.ProvingKey;
import io.validium.zk.groth16.PublicSignals;
import io.validium.zk.groth16.VerificationResult;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Groth16 proof time and constraints per second of the batch circuit, per batch size: for each N it
 * builds the circuit, makes zk's development key once (timed, but not part of the proof time), runs
 * a full batch of N signed transfers through core, builds the witness, proves {@code warmups} then
 * {@code runs} times, and verifies the last proof against the batch header's public inputs, exiting
 * non-zero if it does not verify. Times are wall clock and the CPU time of the whole process (the
 * prover is parallel), medians over the runs; constraints per second divide by the median wall
 * time. Arguments: see {@link BatchProofArguments#USAGE}.
 */
public final class BatchProofBenchmark {

  private static final OperatingSystemMXBean CPU =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private BatchProofBenchmark() {}

  /** One line of the table: times in milliseconds. */
  private record Row(
      int size,
      int constraints,
      int domainSize,
      double circuitMs,
      double keyMs,
      double witnessMs,
      double proofWallMs,
      double proofCpuMs) {

    double constraintsPerSecond() {
      return constraints / (proofWallMs / 1000);
    }
  }

  /** Runs the sizes given on the command line and prints one table row each. */
  public static void main(String[] args) {
    BatchProofArguments arguments;
    try {
      arguments = BatchProofArguments.parse(args);
    } catch (BatchProofArguments.UsageException e) {
      System.err.println("BatchProofBenchmark: " + e.getMessage());
      System.err.println(BatchProofArguments.USAGE);
      System.exit(2);
      return;
    }
    System.out.printf(
        "runs %d, warmups %d, %d processors, max heap %d MiB%n",
        arguments.runs(),
        arguments.warmups(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    List<Row> rows = new ArrayList<>();
    for (int size : arguments.sizes()) {
      Row row = measure(size, arguments.runs(), arguments.warmups());
      rows.add(row);
      System.out.println(format(row));
      System.out.flush();
    }
    System.out.println();
    System.out.println(
        "| N | constraints | domain | circuit build ms | key gen ms | witness ms"
            + " | proof wall ms (median) | proof CPU ms (median) | constraints/s |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Row row : rows) {
      System.out.printf(
          "| %d | %,d | 2^%d | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f |%n",
          row.size(),
          row.constraints(),
          Integer.numberOfTrailingZeros(row.domainSize()),
          row.circuitMs(),
          row.keyMs(),
          row.witnessMs(),
          row.proofWallMs(),
          row.proofCpuMs(),
          row.constraintsPerSecond());
    }
  }

  private static Row measure(int size, int runs, int warmups) {
    long t0 = System.nanoTime();
    BatchCircuit circuit = BatchCircuit.forSize(size);
    double circuitMs = ProverTiming.millisSince(t0);
    int constraints = circuit.system().numConstraints();
    System.out.printf("N=%d: circuit %,d constraints in %.0f ms%n", size, constraints, circuitMs);

    t0 = System.nanoTime();
    ProvingKey key =
        DevelopmentSetup.insecure(
            circuit.system(), ("batch proof benchmark " + size).getBytes(StandardCharsets.UTF_8));
    double keyMs = ProverTiming.millisSince(t0);
    System.out.printf(
        "N=%d: development key, domain %,d, in %.0f ms%n", size, key.domainSize(), keyMs);

    BatchExecution execution = FullBatch.transfers(size, size);
    t0 = System.nanoTime();
    WitnessResult<BatchWitness> built = BatchInputs.witness(circuit, execution);
    double witnessMs = ProverTiming.millisSince(t0);
    if (!built.isBuilt()) {
      throw new IllegalStateException(
          "no witness for the benchmark batch of " + size + ": " + built.refusal());
    }
    BatchWitness witness = built.value();
    System.out.printf("N=%d: witness in %.0f ms%n", size, witnessMs);

    for (int i = 0; i < warmups; i++) {
      double[] t = timed(() -> Groth16Prover.prove(key, witness.witness()), null);
      System.out.printf("N=%d: warmup %d wall %.0f ms, CPU %.0f ms%n", size, i + 1, t[0], t[1]);
    }
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    ProofWithSignals[] last = new ProofWithSignals[1];
    for (int i = 0; i < runs; i++) {
      double[] t = timed(() -> Groth16Prover.prove(key, witness.witness()), last);
      wall[i] = t[0];
      cpu[i] = t[1];
      System.out.printf("N=%d: proof %d wall %.0f ms, CPU %.0f ms%n", size, i + 1, t[0], t[1]);
    }
    PublicSignals expected = PublicSignals.ofField(execution.header().publicInputs());
    VerificationResult verdict =
        Groth16Verifier.verify(key.verifyingKey(), expected, last[0].proof());
    if (verdict.reason() != VerificationResult.Reason.VALID
        || !last[0].signals().equals(expected)) {
      System.err.printf(
          "N=%d: the proof does NOT verify against the header's public inputs: %s%n",
          size, verdict);
      System.exit(1);
    }
    System.out.printf("N=%d: last proof verifies%n", size);
    return new Row(
        size,
        constraints,
        key.domainSize(),
        circuitMs,
        keyMs,
        witnessMs,
        median(wall),
        median(cpu));
  }

  /** Wall and process CPU milliseconds of one proof; keeps the proof in {@code out[0]} if given. */
  private static double[] timed(Supplier<ProofWithSignals> prove, ProofWithSignals[] out) {
    long cpu0 = CPU.getProcessCpuTime();
    long t0 = System.nanoTime();
    ProofWithSignals proof = prove.get();
    double wall = ProverTiming.millisSince(t0);
    double cpu = (CPU.getProcessCpuTime() - cpu0) / 1e6;
    if (out != null) {
      out[0] = proof;
    }
    return new double[] {wall, cpu};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static String format(Row row) {
    return String.format(
        "N=%d: median proof wall %.0f ms, CPU %.0f ms, %,.0f constraints/s",
        row.size(), row.proofWallMs(), row.proofCpuMs(), row.constraintsPerSecond());
  }
}
