package io.validium.zk.groth16;

import io.validium.core.field.Fr;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.msm.Msm;
import java.util.Arrays;
import java.util.function.BinaryOperator;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Multiples of one generator from a table of every 8-bit digit at every 8-bit window: a
 * multiplication is at most 32 additions and no doubling, which is what makes setups from a known
 * trapdoor (the insecure phase 1 and {@link DevelopmentSetup}) fast. Public for benchmark tools
 * that write keys or powers of tau from a known trapdoor; nothing secure is built on it.
 */
public final class FixedBase<P> {
  private static final int WINDOW = 8;
  private static final int WINDOWS = 256 / WINDOW;
  private static final int DIGITS = 1 << WINDOW;

  private final P[] table;
  private final P identity;
  private final BinaryOperator<P> add;
  private final UnaryOperator<P[]> affine;

  /**
   * @param affine the points in affine form, in one batch (one inversion for many points)
   */
  FixedBase(
      P generator,
      P identity,
      BinaryOperator<P> add,
      UnaryOperator<P[]> affine,
      IntFunction<P[]> newArray) {
    this.identity = identity;
    this.add = add;
    this.affine = affine;
    P[] jacobian = newArray.apply(WINDOWS * DIGITS);
    P base = generator;
    for (int w = 0; w < WINDOWS; w++) {
      jacobian[w * DIGITS] = identity;
      P multiple = identity;
      for (int d = 1; d < DIGITS; d++) {
        multiple = add.apply(multiple, base);
        jacobian[w * DIGITS + d] = multiple;
      }
      P next = base;
      for (int i = 0; i < WINDOW; i++) {
        next = add.apply(next, next);
      }
      base = next;
    }
    // Affine table entries make every addition of a multiplication a mixed one.
    this.table = affine.apply(jacobian);
  }

  /** k times the generator, in Jacobian form. */
  P times(Fr k) {
    long[] limbs = k.toCanonicalLimbs();
    P acc = identity;
    for (int w = 0; w < WINDOWS; w++) {
      int digit = (int) ((limbs[(w * WINDOW) >>> 6] >>> ((w * WINDOW) & 63)) & (DIGITS - 1));
      if (digit != 0) {
        acc = add.apply(acc, table[w * DIGITS + digit]);
      }
    }
    return acc;
  }

  /** k times the generator, in affine form. */
  public P affineTimes(Fr k) {
    P[] one = Arrays.copyOf(table, 1);
    one[0] = times(k);
    return affine.apply(one)[0];
  }

  /** scalars[i]·factor times the generator for every i, in parallel, in affine form. */
  public P[] affineTimes(Fr[] scalars, Fr factor) {
    P[] out = Arrays.copyOf(table, scalars.length);
    IntStream.range(0, scalars.length)
        .parallel()
        .forEach(i -> out[i] = times(Fr.ONE.equals(factor) ? scalars[i] : scalars[i].mul(factor)));
    return affine.apply(out);
  }

  /** Fixed-base multiplication of the G1 generator. */
  public static FixedBase<G1> g1() {
    return new FixedBase<>(G1.GENERATOR, G1.INFINITY, G1::add, Msm::g1Affine, G1[]::new);
  }

  /** Fixed-base multiplication of the G2 generator. */
  public static FixedBase<G2> g2() {
    return new FixedBase<>(G2.GENERATOR, G2.INFINITY, G2::add, Msm::g2Affine, G2[]::new);
  }
}
