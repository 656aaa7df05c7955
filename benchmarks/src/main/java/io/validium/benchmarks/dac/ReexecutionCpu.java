package io.validium.benchmarks.dac;

import io.validium.core.batch.BatchData;
import io.validium.core.codec.BatchCodec;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.BatchExecutor;
import io.validium.core.state.L2State;
import io.validium.core.tx.Domain;
import io.validium.core.types.Address;
import io.validium.core.types.ChainId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The CPU time of one member's re-execution of a transfer batch, two ways, on two replicas of the
 * same chain: {@code BatchExecutor} (every transaction's access witness recorded, the committee's
 * path before ADR 0033) and {@code BatchExecutor.replay} (the member's path since), both verifying
 * every signature. Thread CPU time, so the figure does not depend on the machine's load as wall
 * time does; for the replay also the wall time and the process's CPU time, since it verifies the
 * batch's signatures on the common fork-join pool too (the thread's CPU misses that work).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.validium.benchmarks.dac.ReexecutionCpu 65536 6
 * </pre>
 */
public final class ReexecutionCpu {
  private static final Domain DOMAIN =
      new Domain(ChainId.of(31337), Address.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));

  private ReexecutionCpu() {}

  public static void main(String[] args) {
    int bytes = Integer.parseInt(args[0]);
    int count = Integer.parseInt(args[1]);
    SizedBatches chain = new SizedBatches(DOMAIN, 4, 512);
    BatchData opening = decode(chain.deposits(1_000_000));
    List<BatchData> batches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batches.add(decode(chain.transfers(bytes)));
    }
    L2State withWitness = new L2State(DOMAIN, 4);
    L2State decided = new L2State(DOMAIN, 4);
    BatchExecutor.execute(withWitness, opening);
    BatchExecutor.execute(decided, opening);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (BatchData b : batches) {
      long t0 = cpu.getCurrentThreadCpuTime();
      BatchExecution run = BatchExecutor.execute(withWitness, b);
      long t1 = cpu.getCurrentThreadCpuTime();
      long p1 = os.getProcessCpuTime();
      long w1 = System.nanoTime();
      BatchExecution replayed = BatchExecutor.replay(decided, b);
      long t2 = cpu.getCurrentThreadCpuTime();
      long p2 = os.getProcessCpuTime();
      long w2 = System.nanoTime();
      if (!run.isSuccess() || !run.header().equals(replayed.header())) {
        throw new IllegalStateException("the two re-executions of " + b.number() + " differ");
      }
      System.out.printf(
          "batch %d, %d transfers: with witness %.2f s CPU, decide %.2f s CPU"
              + " (%.2f s wall, %.2f s process CPU)%n",
          b.number().value(),
          b.transactions().size(),
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          (w2 - w1) / 1e9,
          (p2 - p1) / 1e9);
    }
  }

  private static BatchData decode(SizedBatches.Sized s) {
    return BatchCodec.decodeData(s.data()).value();
  }
}
