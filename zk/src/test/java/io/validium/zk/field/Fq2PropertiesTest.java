package io.validium.zk.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fq2 arithmetic agrees with schoolbook complex arithmetic on BigIntegers mod q. */
class Fq2PropertiesTest {

  private static final BigInteger Q = Fq.MODULUS;

  @Provide
  Arbitrary<Fq2> elements() {
    return FieldArbitraries.fq2();
  }

  @Property
  void mulMatchesComplexMultiplication(@ForAll("elements") Fq2 a, @ForAll("elements") Fq2 b) {
    BigInteger[] x = big(a);
    BigInteger[] y = big(b);
    BigInteger re = x[0].multiply(y[0]).subtract(x[1].multiply(y[1])).mod(Q);
    BigInteger im = x[0].multiply(y[1]).add(x[1].multiply(y[0])).mod(Q);
    assertThat(big(a.mul(b))).containsExactly(re, im);
  }

  @Property
  void addSubAndNegAreComponentwise(@ForAll("elements") Fq2 a, @ForAll("elements") Fq2 b) {
    BigInteger[] x = big(a);
    BigInteger[] y = big(b);
    assertThat(big(a.add(b))).containsExactly(x[0].add(y[0]).mod(Q), x[1].add(y[1]).mod(Q));
    assertThat(big(a.sub(b)))
        .containsExactly(x[0].subtract(y[0]).mod(Q), x[1].subtract(y[1]).mod(Q));
    assertThat(big(a.neg())).containsExactly(x[0].negate().mod(Q), x[1].negate().mod(Q));
  }

  @Property
  void squareEqualsSelfProduct(@ForAll("elements") Fq2 a) {
    assertThat(a.square()).isEqualTo(a.mul(a));
  }

  @Property
  void scalarMultiplicationScalesBothCoefficients(
      @ForAll("elements") Fq2 a, @ForAll("elements") Fq2 s) {
    assertThat(a.mul(s.c0())).isEqualTo(a.mul(Fq2.of(s.c0(), Fq.ZERO)));
  }

  @Property
  void mulByNonResidueMultipliesByNinePlusU(@ForAll("elements") Fq2 a) {
    assertThat(a.mulByNonResidue()).isEqualTo(a.mul(Fq2.NON_RESIDUE));
  }

  @Property(tries = 300)
  void inverseIsMultiplicative(@ForAll("elements") Fq2 a) {
    if (!a.isZero()) {
      assertThat(a.mul(a.inverse())).isEqualTo(Fq2.ONE);
    }
  }

  @Property(tries = 100)
  void conjugateIsTheFrobeniusMap(@ForAll("elements") Fq2 a) {
    assertThat(a.conjugate()).isEqualTo(a.pow(Q));
  }

  @Property(tries = 200)
  void sqrtFindsARootExactlyForSquares(@ForAll("elements") Fq2 a) {
    BigInteger groupOrder = Q.pow(2).subtract(BigInteger.ONE);
    boolean isSquare = a.isZero() || a.pow(groupOrder.shiftRight(1)).isOne();
    Optional<Fq2> root = a.sqrt();
    assertThat(root.isPresent()).isEqualTo(isSquare);
    root.ifPresent(r -> assertThat(r.square()).isEqualTo(a));
    assertThat(a.square().sqrt())
        .hasValueSatisfying(r -> assertThat(r.square()).isEqualTo(a.square()));
  }

  @Property(tries = 20)
  void nonResidueIsNeitherASquareNorACube(@ForAll("elements") Fq2 ignored) {
    BigInteger groupOrder = Q.pow(2).subtract(BigInteger.ONE);
    assertThat(Fq2.NON_RESIDUE.pow(groupOrder.divide(BigInteger.TWO)).isOne()).isFalse();
    assertThat(Fq2.NON_RESIDUE.pow(groupOrder.divide(BigInteger.valueOf(3))).isOne()).isFalse();
  }

  private static BigInteger[] big(Fq2 a) {
    return new BigInteger[] {a.c0().toBigInteger(), a.c1().toBigInteger()};
  }
}
