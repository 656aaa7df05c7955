package io.validium.benchmarks.prover;

import io.validium.circuit.BatchCircuit;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link BatchProofBenchmark}: {@code --sizes 1,2 --runs 3 --warmups 1}, each
 * bounded so that a typo fails at once with a reason instead of starting an hour of proving.
 *
 * @param sizes batch sizes to prove, in the order given, no duplicates
 * @param runs timed proofs per size
 * @param warmups untimed proofs per size before the timed ones
 */
record BatchProofArguments(List<Integer> sizes, int runs, int warmups) {

  static final String USAGE =
      "usage: BatchProofBenchmark [--sizes N[,N...]] [--runs R] [--warmups W]\n"
          + "  --sizes    batch sizes (slots), each 1.."
          + BatchCircuit.MAX_SIZE
          + ", default 1\n"
          + "  --runs     timed proofs per size, 1..100, default 3\n"
          + "  --warmups  untimed proofs per size before them, 0..100, default 1";

  private static final int MAX_SIZES = 16;
  private static final int MAX_RUNS = 100;

  /** Thrown for a command line that cannot be run; the message says which argument and why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static BatchProofArguments parse(String[] args) throws UsageException {
    List<Integer> sizes = List.of(1);
    int runs = 3;
    int warmups = 1;
    boolean seenSizes = false;
    boolean seenRuns = false;
    boolean seenWarmups = false;
    for (int i = 0; i < args.length; i += 2) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new UsageException(flag + " needs a value");
      }
      String value = args[i + 1];
      switch (flag) {
        case "--sizes" -> {
          seenSizes = once(flag, seenSizes);
          sizes = sizes(value);
        }
        case "--runs" -> {
          seenRuns = once(flag, seenRuns);
          runs = bounded(flag, value, 1, MAX_RUNS);
        }
        case "--warmups" -> {
          seenWarmups = once(flag, seenWarmups);
          warmups = bounded(flag, value, 0, MAX_RUNS);
        }
        default -> throw new UsageException("unknown argument " + quote(flag));
      }
    }
    return new BatchProofArguments(sizes, runs, warmups);
  }

  private static boolean once(String flag, boolean seen) throws UsageException {
    if (seen) {
      throw new UsageException(flag + " given twice");
    }
    return true;
  }

  private static List<Integer> sizes(String value) throws UsageException {
    String[] parts = value.split(",", -1);
    if (parts.length > MAX_SIZES) {
      throw new UsageException("--sizes lists more than " + MAX_SIZES + " sizes");
    }
    List<Integer> sizes = new ArrayList<>();
    for (String part : parts) {
      int size = bounded("--sizes", part.strip(), 1, BatchCircuit.MAX_SIZE);
      if (sizes.contains(size)) {
        throw new UsageException("--sizes lists " + size + " twice");
      }
      sizes.add(size);
    }
    return List.copyOf(sizes);
  }

  private static int bounded(String flag, String value, int min, int max) throws UsageException {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException(flag + " wants an integer, not " + quote(value));
    }
    if (n < min || n > max) {
      throw new UsageException(flag + " must be in " + min + ".." + max + ", not " + n);
    }
    return n;
  }

  private static String quote(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return "'" + shown + "'";
  }
}
