package io.validium.benchmarks;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import java.util.Random;

/**
 * A chain of Poseidon(2) hashes for instruction counts under valgrind, where timing means nothing:
 * {@code PoseidonChain warmup count} hashes {@code warmup + count} times and prints the last hash.
 * Two runs with the same warmup and different counts differ by exactly count hashes of compiled
 * code (with {@code -Xbatch} the JIT compiles during the warmup), so the difference of their
 * instruction totals over the difference of the counts is the cost of one hash, whatever the load.
 * {@code benchmarks/poseidon-instructions.sh} runs it.
 */
public final class PoseidonChain {

  private PoseidonChain() {}

  /** Runs the chain; see the class comment. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: PoseidonChain <warmup hashes> <counted hashes>");
      System.exit(2);
    }
    int warmup = Integer.parseInt(args[0]);
    int count = Integer.parseInt(args[1]);
    Random random = new Random(42);
    Fr a = PoseidonBenchmark.randomElement(random);
    Fr b = PoseidonBenchmark.randomElement(random);
    for (int i = 0; i < warmup + count; i++) {
      a = Poseidon.hash(a, b);
    }
    System.out.println(a.toBigInteger());
  }
}
