package spike;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * ADR 0045's bound: thread CPU time per 64-bit multiply when eight independent multiply-add chains
 * keep the multiplier busy, i.e. the issue rate of {@code imul} on this machine.
 */
public final class MulRate {

  private MulRate() {}

  /** Prints the minimum over 30 runs of 8·10^7 multiply-adds. */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long a0 = 1, a1 = 2, a2 = 3, a3 = 4, a4 = 5, a5 = 6, a6 = 7, a7 = 8;
    // Read from the arguments so that the JIT cannot turn the multiplications into shifts.
    long c = args.length > 0 ? Long.parseLong(args[0]) : 0x1e3779b97f4a7c15L;
    double best = Double.MAX_VALUE;
    for (int rep = 0; rep < 30; rep++) {
      long t0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < 10_000_000; i++) {
        a0 = a0 * c + i;
        a1 = a1 * c + i;
        a2 = a2 * c + i;
        a3 = a3 * c + i;
        a4 = a4 * c + i;
        a5 = a5 * c + i;
        a6 = a6 * c + i;
        a7 = a7 * c + i;
      }
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - t0) / 8e7);
    }
    long sink = (a0 ^ a1 ^ a2 ^ a3 ^ a4 ^ a5 ^ a6 ^ a7) & 1;
    System.out.printf("MulRate: min %.3f ns per 64-bit multiply-add (sink %d)%n", best, sink);
  }
}
