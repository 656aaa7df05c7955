package io.validium.zk.r1cs;

import io.validium.core.field.Fr;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable sparse linear combination {@code Σ c_i·v_i} of variables with field coefficients;
 * the constant term is the coefficient of {@link Variable#ONE}. Terms are kept sorted by variable
 * id with no zero coefficients, so equal combinations have equal representations.
 */
public final class LinearCombination implements Linear {

  private static final LinearCombination ZERO = new LinearCombination(new int[0], new Fr[0]);

  private final int[] ids;
  private final Fr[] coefficients;

  private LinearCombination(int[] ids, Fr[] coefficients) {
    this.ids = ids;
    this.coefficients = coefficients;
  }

  /** The empty combination, 0. */
  public static LinearCombination zero() {
    return ZERO;
  }

  /** The constant {@code c}. */
  public static LinearCombination constant(Fr c) {
    return c.isZero() ? ZERO : new LinearCombination(new int[] {Variable.ONE.id()}, new Fr[] {c});
  }

  /** The constant {@code c}, which must be non-negative. */
  public static LinearCombination constant(long c) {
    return constant(Fr.of(c));
  }

  /** 1·v. */
  public static LinearCombination of(Variable v) {
    return new LinearCombination(new int[] {v.id()}, new Fr[] {Fr.ONE});
  }

  /** c·v. */
  public static LinearCombination of(Fr c, Variable v) {
    return of(v).scale(c);
  }

  @Override
  public LinearCombination toLinearCombination() {
    return this;
  }

  /** this + other. */
  public LinearCombination add(Linear other) {
    return combine(other.toLinearCombination(), Fr.ONE);
  }

  /** this - other. */
  public LinearCombination sub(Linear other) {
    return combine(other.toLinearCombination(), Fr.ONE.neg());
  }

  /** this + c·other. */
  public LinearCombination addScaled(Fr c, Linear other) {
    return combine(other.toLinearCombination(), c);
  }

  /** this + c for a constant c. */
  public LinearCombination add(Fr c) {
    return combine(constant(c), Fr.ONE);
  }

  /** c · this. */
  public LinearCombination scale(Fr c) {
    if (c.isZero()) {
      return ZERO;
    }
    Fr[] scaled = new Fr[coefficients.length];
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = coefficients[i].mul(c);
    }
    return new LinearCombination(ids, scaled);
  }

  /** -this. */
  public LinearCombination negate() {
    return scale(Fr.ONE.neg());
  }

  /** Merges the sorted term lists, dropping terms that cancel. */
  private LinearCombination combine(LinearCombination o, Fr factor) {
    if (o.ids.length == 0) {
      return this;
    }
    int[] outIds = new int[ids.length + o.ids.length];
    Fr[] outCoefficients = new Fr[outIds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < ids.length || j < o.ids.length) {
      int id;
      Fr c;
      if (j == o.ids.length || (i < ids.length && ids[i] < o.ids[j])) {
        id = ids[i];
        c = coefficients[i++];
      } else if (i == ids.length || o.ids[j] < ids[i]) {
        id = o.ids[j];
        c = o.coefficients[j++].mul(factor);
      } else {
        id = ids[i];
        c = coefficients[i++].add(o.coefficients[j++].mul(factor));
      }
      if (!c.isZero()) {
        outIds[n] = id;
        outCoefficients[n++] = c;
      }
    }
    return new LinearCombination(Arrays.copyOf(outIds, n), Arrays.copyOf(outCoefficients, n));
  }

  /** Number of terms with a non-zero coefficient. */
  public int size() {
    return ids.length;
  }

  /** The variable of term {@code i}. */
  public Variable variable(int i) {
    return new Variable(ids[i]);
  }

  /** The coefficient of term {@code i}. */
  public Fr coefficient(int i) {
    return coefficients[i];
  }

  /** Whether no variable other than the constant one occurs. */
  public boolean isConstant() {
    return ids.length == 0 || (ids.length == 1 && ids[0] == Variable.ONE.id());
  }

  /** The constant term. */
  public Fr constantTerm() {
    return ids.length > 0 && ids[0] == Variable.ONE.id() ? coefficients[0] : Fr.ZERO;
  }

  /** The variable v if this is exactly 1·v, else empty. */
  public Optional<Variable> asVariable() {
    return ids.length == 1 && coefficients[0].equals(Fr.ONE) && ids[0] != Variable.ONE.id()
        ? Optional.of(new Variable(ids[0]))
        : Optional.empty();
  }

  int[] ids() {
    return ids;
  }

  Fr[] coefficients() {
    return coefficients;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearCombination other
        && Arrays.equals(ids, other.ids)
        && Arrays.equals(coefficients, other.coefficients);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(ids) + Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    if (ids.length == 0) {
      return "0";
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < ids.length; i++) {
      if (i > 0) {
        s.append(" + ");
      }
      Variable v = new Variable(ids[i]);
      s.append(coefficients[i]);
      if (!v.equals(Variable.ONE)) {
        s.append('·').append(Objects.toString(v));
      }
    }
    return s.toString();
  }
}
