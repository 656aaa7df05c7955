package io.validium.zk.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Base-field arithmetic agrees with BigInteger arithmetic mod q. */
class FqPropertiesTest {

  private static final BigInteger Q = Fq.MODULUS;

  @Provide
  Arbitrary<BigInteger> values() {
    return FieldArbitraries.values();
  }

  @Provide
  Arbitrary<BigInteger> nonZeroValues() {
    return FieldArbitraries.values().filter(v -> v.signum() != 0);
  }

  @Property
  void addMatchesBigInteger(@ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    assertThat(fq(a).add(fq(b)).toBigInteger()).isEqualTo(a.add(b).mod(Q));
  }

  @Property
  void subMatchesBigInteger(@ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    assertThat(fq(a).sub(fq(b)).toBigInteger()).isEqualTo(a.subtract(b).mod(Q));
  }

  @Property
  void mulMatchesBigInteger(@ForAll("values") BigInteger a, @ForAll("values") BigInteger b) {
    assertThat(fq(a).mul(fq(b)).toBigInteger()).isEqualTo(a.multiply(b).mod(Q));
  }

  @Property
  void squareAndDoubleMatchBigInteger(@ForAll("values") BigInteger a) {
    assertThat(fq(a).square().toBigInteger()).isEqualTo(a.pow(2).mod(Q));
    long[] doubled = new long[FqArith.LIMBS];
    FqArith.dbl(fq(a).mont, 0, doubled, 0);
    assertThat(FqArith.toFq(doubled, 0).toBigInteger()).isEqualTo(a.shiftLeft(1).mod(Q));
  }

  @Property
  void negMatchesBigInteger(@ForAll("values") BigInteger a) {
    assertThat(fq(a).neg().toBigInteger()).isEqualTo(a.negate().mod(Q));
    assertThat(fq(a).add(fq(a).neg())).isEqualTo(Fq.ZERO);
  }

  @Property(tries = 300)
  void inverseMatchesBigInteger(@ForAll("nonZeroValues") BigInteger a) {
    assertThat(fq(a).inverse().toBigInteger()).isEqualTo(a.modInverse(Q));
    assertThat(fq(a).mul(fq(a).inverse())).isEqualTo(Fq.ONE);
  }

  @Property(tries = 200)
  void powMatchesBigInteger(@ForAll("values") BigInteger a, @ForAll("values") BigInteger e) {
    assertThat(fq(a).pow(e).toBigInteger()).isEqualTo(a.modPow(e, Q));
  }

  @Property(tries = 300)
  void sqrtFindsARootExactlyForSquares(@ForAll("values") BigInteger a) {
    boolean isSquare = a.signum() == 0 || a.modPow(Q.shiftRight(1), Q).equals(BigInteger.ONE);
    Optional<Fq> root = fq(a).sqrt();
    assertThat(root.isPresent()).isEqualTo(isSquare);
    root.ifPresent(r -> assertThat(r.square()).isEqualTo(fq(a)));
  }

  @Property
  void decimalRoundTrips(@ForAll("values") BigInteger a) {
    assertThat(Fq.fromDecimal(a.toString())).isEqualTo(fq(a));
    assertThat(fq(a).toString()).isEqualTo(a.toString());
  }

  private static Fq fq(BigInteger v) {
    return Fq.fromBigInteger(v);
  }
}
