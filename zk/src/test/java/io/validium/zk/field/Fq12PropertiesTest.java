package io.validium.zk.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The tower agrees with flat polynomial arithmetic, and its Frobenius maps are powers of q. */
class Fq12PropertiesTest {

  private static final BigInteger Q = Fq.MODULUS;

  @Provide
  Arbitrary<Fq12> elements() {
    return FieldArbitraries.fq12();
  }

  @Provide
  Arbitrary<Fq12> nonZeroElements() {
    return FieldArbitraries.fq12().filter(x -> !x.isZero());
  }

  @Provide
  Arbitrary<Fq6> sextics() {
    return FieldArbitraries.fq6();
  }

  @Property(tries = 300)
  void mulMatchesPolynomialArithmetic(@ForAll("elements") Fq12 a, @ForAll("elements") Fq12 b) {
    assertThat(Fq12Reference.of(a.mul(b))).isEqualTo(Fq12Reference.of(a).mul(Fq12Reference.of(b)));
  }

  @Property(tries = 300)
  void squareEqualsSelfProduct(@ForAll("elements") Fq12 a) {
    assertThat(a.square()).isEqualTo(a.mul(a));
  }

  @Property(tries = 200)
  void inverseIsMultiplicative(@ForAll("nonZeroElements") Fq12 a) {
    assertThat(a.mul(a.inverse())).isEqualTo(Fq12.ONE);
  }

  @Property(tries = 30)
  void frobeniusIsPowerOfQ(@ForAll("elements") Fq12 a) {
    assertThat(a.frobenius(1)).isEqualTo(a.pow(Q));
    assertThat(a.frobenius(2)).isEqualTo(a.pow(Q.pow(2)));
    assertThat(a.frobenius(3)).isEqualTo(a.pow(Q.pow(3)));
  }

  @Property(tries = 50)
  void frobeniusPowersCompose(@ForAll("elements") Fq12 a) {
    assertThat(a.frobenius(1).frobenius(1)).isEqualTo(a.frobenius(2));
    assertThat(a.frobenius(5).frobenius(7)).isEqualTo(a);
    assertThat(a.frobenius(6)).isEqualTo(a.conjugate());
  }

  @Property(tries = 30)
  void cyclotomicSquareEqualsSquareInTheCyclotomicSubgroup(@ForAll("nonZeroElements") Fq12 a) {
    // a^((q^6 - 1)(q^2 + 1)) lies in the cyclotomic subgroup, the image of the easy part.
    Fq12 t = a.conjugate().mul(a.inverse());
    Fq12 cyclotomic = t.frobenius(2).mul(t);
    assertThat(cyclotomic.cyclotomicSquare()).isEqualTo(cyclotomic.square());
    assertThat(cyclotomic.conjugate()).isEqualTo(cyclotomic.inverse());
  }

  @Property(tries = 300)
  void fq6MulSquareAndInverseAgree(@ForAll("sextics") Fq6 a, @ForAll("sextics") Fq6 b) {
    assertThat(a.square()).isEqualTo(a.mul(a));
    assertThat(a.mul(b)).isEqualTo(b.mul(a));
    assertThat(a.mulByV()).isEqualTo(a.mul(Fq6.of(Fq2.ZERO, Fq2.ONE, Fq2.ZERO)));
    if (!a.isZero()) {
      assertThat(a.mul(a.inverse())).isEqualTo(Fq6.ONE);
    }
  }

  @Property(tries = 50)
  void fq6FrobeniusIsPowerOfQ(@ForAll("sextics") Fq6 a) {
    Fq12 embedded = Fq12.of(a, Fq6.ZERO);
    assertThat(Fq12.of(a.frobenius(1), Fq6.ZERO)).isEqualTo(embedded.frobenius(1));
    assertThat(Fq12.of(a.frobenius(2), Fq6.ZERO)).isEqualTo(embedded.frobenius(2));
  }

  @Property(tries = 200)
  void sparseLineProductEqualsDenseProduct(
      @ForAll("elements") Fq12 f, @ForAll("sextics") Fq6 coefficients) {
    Fq2 x = coefficients.b(0);
    Fq2 y = coefficients.b(1);
    Fq2 z = coefficients.b(2);
    Fq12 dense = Fq12.of(Fq6.of(x, Fq2.ZERO, Fq2.ZERO), Fq6.of(y, z, Fq2.ZERO));
    long[] line = new long[Fq12Arith.LINE_LIMBS];
    Fq2Arith.load(x, line, 0);
    Fq2Arith.load(y, line, Fq2Arith.LIMBS);
    Fq2Arith.load(z, line, 2 * Fq2Arith.LIMBS);
    long[] out = new long[Fq12Arith.LIMBS];
    new Fq12Arith().mulByLine(f.m, 0, line, 0, out, 0);
    assertThat(Fq12Arith.toFq12(out, 0)).isEqualTo(f.mul(dense));
  }
}
