package io.validium.zk.gadgets;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Linear;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;

/** Selection and equality tests. */
public final class Select {

  private Select() {}

  /**
   * {@code cond ? ifTrue : ifFalse} as ifFalse + cond·(ifTrue - ifFalse), for a cond already
   * constrained boolean. One constraint, none if cond or the difference is constant.
   */
  public static LinearCombination select(
      CircuitBuilder api, Linear cond, Linear ifTrue, Linear ifFalse) {
    LinearCombination f = ifFalse.toLinearCombination();
    return f.add(api.mul(cond, ifTrue.toLinearCombination().sub(f), "select"));
  }

  /**
   * One of four constants by two boolean selector bits, {@code table[b0 + 2·b1]}, as the bilinear
   * interpolation c0 + b0·(c1 - c0) + b1·(c2 - c0) + b0b1·(c3 - c2 - c1 + c0). The one product
   * b0·b1 is passed in so that lookups on the same bits (the two coordinates of a point) share it.
   * Free given that product.
   */
  public static LinearCombination lookup2(Linear b0, Linear b1, Linear b0b1, Fr[] table) {
    if (table.length != 4) {
      throw new IllegalArgumentException("lookup2 needs 4 entries, got " + table.length);
    }
    Fr c0 = table[0];
    return LinearCombination.constant(c0)
        .addScaled(table[1].sub(c0), b0)
        .addScaled(table[2].sub(c0), b1)
        .addScaled(table[3].sub(table[2]).sub(table[1]).add(c0), b0b1);
  }

  /**
   * One of four combinations by two boolean selector bits, {@code v[b0 + 2·b1]}, by the same
   * interpolation as the constant {@link #lookup2(Linear, Linear, Linear, Fr[])}; each difference
   * that is not constant costs one product, so at most three constraints given b0·b1.
   */
  public static LinearCombination lookup2(
      CircuitBuilder api, Linear b0, Linear b1, Linear b0b1, Linear[] v) {
    if (v.length != 4) {
      throw new IllegalArgumentException("lookup2 needs 4 entries, got " + v.length);
    }
    LinearCombination v0 = v[0].toLinearCombination();
    LinearCombination d1 = v[1].toLinearCombination().sub(v0);
    LinearCombination d2 = v[2].toLinearCombination().sub(v0);
    LinearCombination d3 = v[3].toLinearCombination().sub(v[2]).sub(v[1]).add(v0);
    return v0.add(api.mul(b0, d1, "lookup/b0"))
        .add(api.mul(b1, d2, "lookup/b1"))
        .add(api.mul(b0b1, d3, "lookup/b0b1"));
  }

  /** 1 if x = 0, else 0. Two constraints: x·inv = 1 - out and x·out = 0. */
  public static LinearCombination isZero(CircuitBuilder api, Linear x) {
    try (CircuitBuilder.Scope s = api.scope("isZero")) {
      Variable inverse =
          api.compute("inverse", in -> new Fr[] {in[0].isZero() ? Fr.ZERO : in[0].inverse()}, x);
      LinearCombination out =
          LinearCombination.constant(Fr.ONE).sub(api.mul(x, inverse, "x*inverse"));
      api.assertMul(x, out, LinearCombination.zero(), "x*out");
      return out;
    }
  }

  /** 1 if a = b, else 0. Two constraints. */
  public static LinearCombination isEqual(CircuitBuilder api, Linear a, Linear b) {
    return isZero(api, a.toLinearCombination().sub(b));
  }
}
