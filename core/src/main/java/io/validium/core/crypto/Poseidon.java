package io.validium.core.crypto;

import io.validium.core.field.Fr;
import io.validium.core.field.FrArith;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Poseidon over the BN254 scalar field with circomlib's parameters and semantics (circomlibjs
 * {@code poseidon}): the state is [0, inputs...], and the hash is element 0 after the permutation.
 * Takes 1 to 6 inputs; the fixed-arity overloads avoid the varargs array.
 */
public final class Poseidon {

  /** Fewest inputs accepted. */
  public static final int MIN_INPUTS = PoseidonParameters.MIN_WIDTH - 1;

  /** Most inputs accepted. */
  public static final int MAX_INPUTS = PoseidonParameters.MAX_WIDTH - 1;

  private static final int L = FrArith.LIMBS;

  private static final AtomicReferenceArray<ScaledPoseidonPermutation> PERMUTATIONS =
      new AtomicReferenceArray<>(PoseidonParameters.MAX_WIDTH + 1);

  // Per thread, so that a cost test or a benchmark counts only its own hashes; one increment is
  // a few nanoseconds against tens of microseconds for the permutation.
  private static final ThreadLocal<long[]> HASHES = ThreadLocal.withInitial(() -> new long[1]);

  private Poseidon() {}

  /** How many Poseidon hashes this thread has computed so far, for cost tests and benchmarks. */
  public static long hashesOnThisThread() {
    return HASHES.get()[0];
  }

  /** Poseidon of 1 to 6 inputs; throws IllegalArgumentException for any other count. */
  public static Fr hash(Fr... inputs) {
    if (inputs.length < MIN_INPUTS || inputs.length > MAX_INPUTS) {
      throw new IllegalArgumentException(
          "Poseidon takes " + MIN_INPUTS + " to " + MAX_INPUTS + " inputs, got " + inputs.length);
    }
    long[] state = new long[(inputs.length + 1) * L];
    for (int i = 0; i < inputs.length; i++) {
      FrArith.load(inputs[i], state, (i + 1) * L);
    }
    return finish(state);
  }

  /** Poseidon of one input. */
  public static Fr hash(Fr a) {
    long[] state = new long[2 * L];
    FrArith.load(a, state, L);
    return finish(state);
  }

  /** Poseidon of two inputs, e.g. a Merkle node from its children. */
  public static Fr hash(Fr a, Fr b) {
    long[] state = new long[3 * L];
    FrArith.load(a, state, L);
    FrArith.load(b, state, 2 * L);
    return finish(state);
  }

  /** Poseidon of three inputs. */
  public static Fr hash(Fr a, Fr b, Fr c) {
    long[] state = new long[4 * L];
    FrArith.load(a, state, L);
    FrArith.load(b, state, 2 * L);
    FrArith.load(c, state, 3 * L);
    return finish(state);
  }

  /** Poseidon of four inputs. */
  public static Fr hash(Fr a, Fr b, Fr c, Fr d) {
    long[] state = new long[5 * L];
    FrArith.load(a, state, L);
    FrArith.load(b, state, 2 * L);
    FrArith.load(c, state, 3 * L);
    FrArith.load(d, state, 4 * L);
    return finish(state);
  }

  /** Poseidon of five inputs. */
  public static Fr hash(Fr a, Fr b, Fr c, Fr d, Fr e) {
    long[] state = new long[6 * L];
    FrArith.load(a, state, L);
    FrArith.load(b, state, 2 * L);
    FrArith.load(c, state, 3 * L);
    FrArith.load(d, state, 4 * L);
    FrArith.load(e, state, 5 * L);
    return finish(state);
  }

  /** Poseidon of six inputs. */
  public static Fr hash(Fr a, Fr b, Fr c, Fr d, Fr e, Fr f) {
    long[] state = new long[7 * L];
    FrArith.load(a, state, L);
    FrArith.load(b, state, 2 * L);
    FrArith.load(c, state, 3 * L);
    FrArith.load(d, state, 4 * L);
    FrArith.load(e, state, 5 * L);
    FrArith.load(f, state, 6 * L);
    return finish(state);
  }

  /** Runs the permutation on a state whose element 0 is the zero capacity and returns element 0. */
  private static Fr finish(long[] state) {
    ScaledPoseidonPermutation p = permutation(state.length / L);
    p.hash(state, new long[p.workSize()]);
    HASHES.get()[0]++;
    return FrArith.toFr(state, 0);
  }

  private static ScaledPoseidonPermutation permutation(int width) {
    ScaledPoseidonPermutation p = PERMUTATIONS.get(width);
    if (p == null) {
      PoseidonSchedule schedule = PoseidonSchedule.of(PoseidonParameters.forWidth(width));
      p = new ScaledPoseidonPermutation(ScaledPoseidonSchedule.of(schedule));
      if (!PERMUTATIONS.compareAndSet(width, null, p)) {
        p = PERMUTATIONS.get(width);
      }
    }
    return p;
  }
}
