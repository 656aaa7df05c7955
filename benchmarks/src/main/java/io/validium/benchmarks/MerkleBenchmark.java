package io.validium.benchmarks;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.merkle.DenseMerkleTree;
import io.validium.core.merkle.SparseMerkleTree;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Cost of one leaf update in the account tree and in a balance tree. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MerkleBenchmark {

  /** Setup leaves lie below this bound and updates above it, so that no update is a no-op. */
  private static final long UPDATE_VALUES = 1L << 62;

  /** A depth-24 account tree holding 10,000 leaves at random slots. */
  @State(Scope.Thread)
  public static class AccountTree {
    static final int DEPTH = 24;
    static final int ACCOUNTS = 10_000;

    SparseMerkleTree tree;
    long[] occupied;
    long updates;

    /** Fills the tree once; the benchmark rewrites only occupied slots, so the size stays put. */
    @Setup
    public void fill() {
      SplittableRandom random = new SplittableRandom(42);
      tree = new SparseMerkleTree(DEPTH);
      occupied = new long[ACCOUNTS];
      for (int filled = 0; filled < ACCOUNTS; ) {
        long index = random.nextLong(1L << DEPTH);
        if (tree.leaf(index).equals(Fr.ZERO)) {
          tree.set(index, Fr.of(random.nextLong(1, UPDATE_VALUES)));
          occupied[filled++] = index;
        }
      }
    }
  }

  /** A default-depth balance tree. */
  @State(Scope.Thread)
  public static class BalanceTree {
    DenseMerkleTree tree = DenseMerkleTree.empty(4);
    long updates;
  }

  /** Inputs of the baseline hash, different on every call. */
  @State(Scope.Thread)
  public static class HashInputs {
    Fr left = Fr.of(1);
    final Fr right = Fr.of(2);
  }

  /** Baseline: one two-input Poseidon hash, the unit an update is made of. */
  @Benchmark
  public Fr poseidonHash(HashInputs state) {
    state.left = Poseidon.hash(state.left, state.right);
    return state.left;
  }

  /** One leaf update in a depth-24 tree holding 10,000 leaves: 24 Poseidon hashes. */
  @Benchmark
  public Fr accountTreeUpdate(AccountTree state) {
    long n = ++state.updates;
    state.tree.set(state.occupied[(int) (n % AccountTree.ACCOUNTS)], Fr.of(UPDATE_VALUES + n));
    return state.tree.root();
  }

  /** One balance update in a depth-4 balance tree: 4 Poseidon hashes and a 32-slot copy. */
  @Benchmark
  public Fr balanceTreeUpdate(BalanceTree state) {
    long n = ++state.updates;
    state.tree = state.tree.withLeaf((int) (n & 15), Fr.of(UPDATE_VALUES + n));
    return state.tree.root();
  }
}
