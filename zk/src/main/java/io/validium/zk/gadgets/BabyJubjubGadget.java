package io.validium.zk.gadgets;

import io.validium.core.crypto.BabyJubjub;
import io.validium.core.crypto.BabyJubjubPoint;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Linear;
import io.validium.zk.r1cs.LinearCombination;

/**
 * Baby Jubjub arithmetic in a circuit with the twisted Edwards formulas of EIP-2494 and circomlib,
 * on the curve constants of {@link BabyJubjub}. Because a is a square and d is not, the addition
 * law is complete: no denominator vanishes for points on the curve, so no case analysis is needed.
 */
public final class BabyJubjubGadget {

  private static final Fr A = BabyJubjub.A;
  private static final Fr D = BabyJubjub.D;
  private static final LinearCombination ONE = LinearCombination.constant(Fr.ONE);

  private BabyJubjubGadget() {}

  /** Constrains a·x² + y² = 1 + d·x²·y². Three constraints. */
  public static void assertOnCurve(CircuitBuilder api, CircuitPoint p) {
    try (CircuitBuilder.Scope s = api.scope("onCurve")) {
      LinearCombination x2 = api.mul(p.x(), p.x(), "x2");
      LinearCombination y2 = api.mul(p.y(), p.y(), "y2");
      api.assertMul(x2.scale(D), y2, x2.scale(A).add(y2).sub(ONE), "a*x2 + y2 = 1 + d*x2*y2");
    }
  }

  /**
   * p + q as circomlib's BabyAdd computes it: β = x1·y2, γ = y1·x2, δ = (y1 - a·x1)·(x2 + y2), τ =
   * β·γ, x3 = (β + γ)/(1 + d·τ), y3 = (δ + a·β - γ)/(1 - d·τ). Six constraints, fewer when an
   * operand is constant.
   */
  public static CircuitPoint add(CircuitBuilder api, CircuitPoint p, CircuitPoint q) {
    try (CircuitBuilder.Scope s = api.scope("add")) {
      LinearCombination beta = api.mul(p.x(), q.y(), "beta");
      LinearCombination gamma = api.mul(p.y(), q.x(), "gamma");
      LinearCombination delta = api.mul(p.y().sub(p.x().scale(A)), q.x().add(q.y()), "delta");
      LinearCombination tau = api.mul(beta, gamma, "tau");
      LinearCombination x = api.divide(beta.add(gamma), ONE.add(tau.scale(D)), "x");
      LinearCombination y =
          api.divide(delta.add(beta.scale(A)).sub(gamma), ONE.sub(tau.scale(D)), "y");
      return new CircuitPoint(x, y);
    }
  }

  /**
   * 2p for a point on the curve, using the curve equation to shorten the denominators: x3 =
   * 2xy/(a·x² + y²), y3 = (y² - a·x²)/(2 - a·x² - y²). Five constraints.
   */
  public static CircuitPoint dbl(CircuitBuilder api, CircuitPoint p) {
    try (CircuitBuilder.Scope s = api.scope("dbl")) {
      LinearCombination xx = api.mul(p.x(), p.x(), "xx");
      LinearCombination yy = api.mul(p.y(), p.y(), "yy");
      LinearCombination xy = api.mul(p.x(), p.y(), "xy");
      LinearCombination axx = xx.scale(A);
      LinearCombination x = api.divide(xy.add(xy), axx.add(yy), "x");
      LinearCombination y =
          api.divide(yy.sub(axx), LinearCombination.constant(Fr.of(2)).sub(axx).sub(yy), "y");
      return new CircuitPoint(x, y);
    }
  }

  /** {@code bit ? p : identity} for a boolean bit. Two constraints, none for a constant p. */
  public static CircuitPoint selectOrIdentity(CircuitBuilder api, Linear bit, CircuitPoint p) {
    return new CircuitPoint(
        Select.select(api, bit, p.x(), LinearCombination.zero()),
        Select.select(api, bit, p.y(), ONE));
  }

  /**
   * k·p where k = Σ bits[i]·2^i (bits boolean, least significant first) and p is on the curve. Two
   * bits at a time from the top: the accumulator is doubled twice, then one of 0, p, 2p, 3p
   * (precomputed once) is added, picked by interpolation on the two bits. That is 10 + 7 + 6
   * constraints per window, about 11.5 per bit against 13 for one conditional addition per bit.
   */
  public static CircuitPoint scalarMul(CircuitBuilder api, CircuitPoint p, Linear[] bits) {
    if (bits.length == 0) {
      return CircuitPoint.IDENTITY;
    }
    try (CircuitBuilder.Scope s = api.scope("scalarMul")) {
      CircuitPoint p2 = dbl(api, p);
      CircuitPoint p3 = add(api, p2, p);
      CircuitPoint[] table = {CircuitPoint.IDENTITY, p, p2, p3};
      CircuitPoint acc = null;
      // The lowest window starts at bit 0, so an odd bit count leaves a lone bit at the top.
      for (int i = (bits.length - 1) & ~1; i >= 0; i -= 2) {
        if (acc != null) {
          acc = dbl(api, dbl(api, acc));
        }
        CircuitPoint term;
        if (i + 1 < bits.length) {
          LinearCombination both = api.mul(bits[i], bits[i + 1], "window" + i);
          term =
              new CircuitPoint(
                  Select.lookup2(api, bits[i], bits[i + 1], both, xs(table)),
                  Select.lookup2(api, bits[i], bits[i + 1], both, ys(table)));
        } else {
          term = selectOrIdentity(api, bits[i], p);
        }
        acc = acc == null ? term : add(api, acc, term);
      }
      return acc;
    }
  }

  private static Linear[] xs(CircuitPoint[] points) {
    Linear[] out = new Linear[points.length];
    for (int i = 0; i < points.length; i++) {
      out[i] = points[i].x();
    }
    return out;
  }

  private static Linear[] ys(CircuitPoint[] points) {
    Linear[] out = new Linear[points.length];
    for (int i = 0; i < points.length; i++) {
      out[i] = points[i].y();
    }
    return out;
  }

  /**
   * k·base for a base point known at build time, k = Σ bits[i]·2^i (bits boolean, least significant
   * first). Two bits at a time select one of the four constant multiples 0..3 of 4^w·base by
   * interpolation, so a window costs one product of its bits plus one addition: about 3.5
   * constraints per bit.
   */
  public static CircuitPoint fixedBaseMul(CircuitBuilder api, BabyJubjubPoint base, Linear[] bits) {
    try (CircuitBuilder.Scope s = api.scope("fixedBaseMul")) {
      CircuitPoint acc = null;
      BabyJubjubPoint windowBase = base;
      for (int i = 0; i < bits.length; i += 2) {
        CircuitPoint term;
        BabyJubjubPoint twice = windowBase.add(windowBase);
        if (i + 1 < bits.length) {
          BabyJubjubPoint thrice = twice.add(windowBase);
          LinearCombination both = api.mul(bits[i], bits[i + 1], "window" + i);
          BabyJubjubPoint[] table = {BabyJubjubPoint.IDENTITY, windowBase, twice, thrice};
          term =
              new CircuitPoint(
                  Select.lookup2(bits[i], bits[i + 1], both, xs(table)),
                  Select.lookup2(bits[i], bits[i + 1], both, ys(table)));
        } else {
          term = selectOrIdentity(api, bits[i], CircuitPoint.constant(windowBase));
        }
        acc = acc == null ? term : add(api, acc, term);
        windowBase = twice.add(twice);
      }
      return acc == null ? CircuitPoint.IDENTITY : acc;
    }
  }

  private static Fr[] xs(BabyJubjubPoint[] points) {
    Fr[] out = new Fr[points.length];
    for (int i = 0; i < points.length; i++) {
      out[i] = points[i].x();
    }
    return out;
  }

  private static Fr[] ys(BabyJubjubPoint[] points) {
    Fr[] out = new Fr[points.length];
    for (int i = 0; i < points.length; i++) {
      out[i] = points[i].y();
    }
    return out;
  }
}
