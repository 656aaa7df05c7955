package io.validium.zk.field;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Fq12 as py_ecc models it: polynomials in w over Fq modulo w¹² - 18w⁶ + 82, with BigInteger
 * coefficients. It shares no code with the tower, so agreement checks the tower's formulas.
 */
final class Fq12Reference {

  private static final BigInteger Q = Fq.MODULUS;
  private static final int DEGREE = 12;

  final BigInteger[] coefficients;

  private Fq12Reference(BigInteger[] coefficients) {
    this.coefficients = coefficients;
  }

  /** The tower element Σ g_j·w^j, with g_j = a + b·u and u = w⁶ - 9. */
  static Fq12Reference of(Fq12 x) {
    BigInteger[] c = new BigInteger[DEGREE];
    Arrays.fill(c, BigInteger.ZERO);
    Fq6[] halves = {x.c0(), x.c1()};
    for (int j = 0; j < 6; j++) {
      Fq2 g = halves[j % 2].b(j / 2);
      BigInteger a = g.c0().toBigInteger();
      BigInteger b = g.c1().toBigInteger();
      c[j] = c[j].add(a).subtract(b.multiply(BigInteger.valueOf(9))).mod(Q);
      c[j + 6] = c[j + 6].add(b).mod(Q);
    }
    return new Fq12Reference(c);
  }

  Fq12Reference mul(Fq12Reference other) {
    BigInteger[] product = new BigInteger[2 * DEGREE - 1];
    Arrays.fill(product, BigInteger.ZERO);
    for (int i = 0; i < DEGREE; i++) {
      for (int j = 0; j < DEGREE; j++) {
        product[i + j] = product[i + j].add(coefficients[i].multiply(other.coefficients[j]));
      }
    }
    // w^12 = 18·w^6 - 82: fold the top coefficients down, highest first.
    for (int k = product.length - 1; k >= DEGREE; k--) {
      BigInteger top = product[k];
      product[k - 6] = product[k - 6].add(top.multiply(BigInteger.valueOf(18)));
      product[k - 12] = product[k - 12].subtract(top.multiply(BigInteger.valueOf(82)));
    }
    BigInteger[] reduced = new BigInteger[DEGREE];
    for (int i = 0; i < DEGREE; i++) {
      reduced[i] = product[i].mod(Q);
    }
    return new Fq12Reference(reduced);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fq12Reference
        && Arrays.equals(coefficients, ((Fq12Reference) o).coefficients);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    return Arrays.toString(coefficients);
  }
}
