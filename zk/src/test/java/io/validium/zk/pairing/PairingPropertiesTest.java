package io.validium.zk.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.curve.Bn254;
import io.validium.zk.curve.CurveArbitraries;
import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import io.validium.zk.field.FieldArbitraries;
import io.validium.zk.field.Fq12;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The pairing is bilinear, lands in the order-r subgroup, and the product check agrees. */
class PairingPropertiesTest {

  private static final BigInteger R = Bn254.ORDER;
  private static final BigInteger Q = Bn254.BASE_FIELD_MODULUS;
  private static final BigInteger U = Bn254.SEED;

  /** s = 2u(6u² + 3u + 1): snarkjs and gnark return the reduced pairing to this power. */
  static final BigInteger SNARKJS_FACTOR =
      U.shiftLeft(1)
          .multiply(
              U.pow(2)
                  .multiply(BigInteger.valueOf(6))
                  .add(U.multiply(BigInteger.valueOf(3)))
                  .add(BigInteger.ONE));

  @Provide
  Arbitrary<BigInteger> scalars() {
    return CurveArbitraries.scalars();
  }

  @Provide
  Arbitrary<Fq12> nonZero() {
    return FieldArbitraries.fq12().filter(f -> !f.isZero());
  }

  @Property(tries = 10)
  void pairingIsBilinear(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    Fq12 base = Pairing.pair(G1.GENERATOR, G2.GENERATOR);
    Fq12 scaled = Pairing.pair(G1.GENERATOR.multiply(a), G2.GENERATOR.multiply(b));
    assertThat(scaled).isEqualTo(base.pow(a.multiply(b)));
  }

  @Property(tries = 10)
  void pairingIsAdditiveInEachArgument(
      @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    G1 p1 = G1.GENERATOR.multiply(a);
    G1 p2 = G1.GENERATOR.multiply(b);
    G2 q = G2.GENERATOR.multiply(a.add(b));
    assertThat(Pairing.pair(p1.add(p2), q)).isEqualTo(Pairing.pair(p1, q).mul(Pairing.pair(p2, q)));
    G2 q1 = G2.GENERATOR.multiply(a);
    G2 q2 = G2.GENERATOR.multiply(b);
    assertThat(Pairing.pair(p1, q1.add(q2)))
        .isEqualTo(Pairing.pair(p1, q1).mul(Pairing.pair(p1, q2)));
  }

  @Property(tries = 10)
  void productCheckAcceptsBalancedProductsAndRejectsOthers(
      @ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
    G1 p = G1.GENERATOR.multiply(a);
    G2 q = G2.GENERATOR.multiply(b);
    // e(aP, bQ) · e(-abP, Q) = 1
    G1 minusAb = G1.GENERATOR.multiply(a.multiply(b)).negate();
    assertThat(Pairing.pairingProductIsOne(List.of(p, minusAb), List.of(q, G2.GENERATOR))).isTrue();
    boolean trivial = a.signum() == 0 || b.signum() == 0;
    assertThat(Pairing.pairingProductIsOne(List.of(p, minusAb.doubled()), List.of(q, G2.GENERATOR)))
        .isEqualTo(trivial);
  }

  @Property(tries = 5)
  void finalExponentiationIsTheSnarkjsPowerOfTheReducedPairing(@ForAll("nonZero") Fq12 f) {
    BigInteger exponent = Q.pow(12).subtract(BigInteger.ONE).divide(R).multiply(SNARKJS_FACTOR);
    assertThat(Pairing.finalExponentiation(f)).isEqualTo(f.pow(exponent));
  }
}
