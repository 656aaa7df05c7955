package io.validium.zk.pairing;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.Naf;
import io.validium.zk.field.Fq12Arith;

/**
 * f ↦ f^(s·(q¹² - 1)/r) with s = 2u(6u² + 3u + 1), which maps Miller-loop values to the order-r
 * target group and erases every factor that lies in a proper subfield.
 *
 * <p>The extra factor s is the convention of snarkjs (ffjavascript) and gnark, so pairing values
 * (such as a verifying key's e(α, β)) agree with theirs; s is prime to r, so the map is still a
 * non-degenerate pairing. The exponent splits as (q⁶ - 1)(q² + 1) · s·(q⁴ - q² + 1)/r. The easy
 * part costs one inversion and Frobenius maps; after it f lies in the cyclotomic subgroup, where
 * inversion is conjugation and squaring has a cheaper formula. For the hard part,
 * Fuentes-Castañeda, Knapp and Rodríguez-Henríquez ("Faster hashing to G2", 2011) observed that
 * s·(q⁴ - q² + 1)/r has base-q digits λ0 + λ1·q + λ2·q² + λ3·q³ that are small polynomials in u: λ1
 * = 12u³ + 6u² + 4u, λ3 = λ1 - 1, λ2 = λ1 + 2u, λ0 = λ1 + 6u² + 2u + 1, which three exponentiations
 * by u reach. An instance holds scratch space and is not thread-safe.
 */
final class FinalExponentiation {

  private static final byte[] SEED = Naf.of(Bn254.SEED);
  private static final int N = Fq12Arith.LIMBS;

  private final Fq12Arith f12 = new Fq12Arith();
  private final long[] s = new long[10 * N];

  /** Replaces {@code f[0..48)} by f^(s·(q¹² - 1)/r); f must be non-zero. */
  void apply(long[] f) {
    long[] s = this.s;
    int t = 0, fu = N, f2u = 2 * N, f4u = 3 * N, f6u2 = 4 * N, f12u3 = 5 * N;
    int l1 = 6 * N, l0 = 7 * N, l2 = 8 * N, l3 = 9 * N;

    // Easy part: f^(q^6 - 1) = conj(f)/f, then ^(q^2 + 1).
    f12.inverse(f, 0, s, t);
    f12.conjugate(f, 0, f, 0);
    f12.mul(f, 0, s, t, f, 0);
    f12.frobenius(f, 0, 2, s, t);
    f12.mul(f, 0, s, t, f, 0);

    // Hard part: the powers of f that the digits share.
    expBySeed(f, 0, s, fu);
    f12.cyclotomicSquare(s, fu, s, f2u);
    f12.cyclotomicSquare(s, f2u, s, f4u);
    f12.mul(s, f4u, s, f2u, s, t);
    expBySeed(s, t, s, f6u2);
    f12.cyclotomicSquare(s, f6u2, s, t);
    expBySeed(s, t, s, f12u3);

    // The digits: f^λ1 = f^(12u³) · f^(6u²) · f^(4u), and the others from it.
    f12.mul(s, f12u3, s, f6u2, s, l1);
    f12.mul(s, l1, s, f4u, s, l1);
    f12.conjugate(f, 0, s, t);
    f12.mul(s, l1, s, t, s, l3);
    f12.mul(s, l1, s, f2u, s, l2);
    f12.mul(s, l2, s, f6u2, s, l0);
    f12.mul(s, l0, f, 0, s, l0);

    // f^λ0 · (f^λ1)^q · (f^λ2)^(q²) · (f^λ3)^(q³).
    f12.frobenius(s, l1, 1, s, t);
    f12.mul(s, l0, s, t, s, l0);
    f12.frobenius(s, l2, 2, s, t);
    f12.mul(s, l0, s, t, s, l0);
    f12.frobenius(s, l3, 3, s, t);
    f12.mul(s, l0, s, t, f, 0);
  }

  /** out = a^u for a in the cyclotomic subgroup, over the NAF of u (a^-1 being conj(a)). */
  private void expBySeed(long[] a, int ao, long[] out, int oo) {
    long[] base = new long[N];
    long[] inverse = new long[N];
    long[] acc = new long[N];
    f12.copy(a, ao, base, 0);
    f12.conjugate(base, 0, inverse, 0);
    f12.copy(base, 0, acc, 0);
    for (int i = SEED.length - 2; i >= 0; i--) {
      f12.cyclotomicSquare(acc, 0, acc, 0);
      if (SEED[i] > 0) {
        f12.mul(acc, 0, base, 0, acc, 0);
      } else if (SEED[i] < 0) {
        f12.mul(acc, 0, inverse, 0, acc, 0);
      }
    }
    f12.copy(acc, 0, out, oo);
  }
}
