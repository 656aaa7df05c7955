package io.validium.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** Field arithmetic agrees with BigInteger arithmetic mod r. */
class FrPropertiesTest {

  private static final BigInteger R = Fr.MODULUS;

  @Provide
  Arbitrary<BigInteger> elements() {
    BigInteger max = R.subtract(BigInteger.ONE);
    Arbitrary<BigInteger> uniform =
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, max)
            .withDistribution(RandomDistribution.uniform());
    Arbitrary<BigInteger> nearEdges =
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, max)
            .withDistribution(RandomDistribution.biased());
    Arbitrary<BigInteger> belowModulus =
        Arbitraries.longs().between(1, 1L << 40).map(d -> R.subtract(BigInteger.valueOf(d)));
    return Arbitraries.frequencyOf(
        Tuple.of(6, uniform), Tuple.of(2, nearEdges), Tuple.of(2, belowModulus));
  }

  @Provide
  Arbitrary<BigInteger> nonZeroElements() {
    return elements().filter(v -> v.signum() != 0);
  }

  @Property
  void addMatchesBigInteger(@ForAll("elements") BigInteger a, @ForAll("elements") BigInteger b) {
    assertThat(fr(a).add(fr(b)).toBigInteger()).isEqualTo(a.add(b).mod(R));
  }

  @Property
  void subMatchesBigInteger(@ForAll("elements") BigInteger a, @ForAll("elements") BigInteger b) {
    assertThat(fr(a).sub(fr(b)).toBigInteger()).isEqualTo(a.subtract(b).mod(R));
  }

  @Property
  void mulMatchesBigInteger(@ForAll("elements") BigInteger a, @ForAll("elements") BigInteger b) {
    assertThat(fr(a).mul(fr(b)).toBigInteger()).isEqualTo(a.multiply(b).mod(R));
  }

  @Property
  void squareAndPow5MatchBigInteger(@ForAll("elements") BigInteger a) {
    assertThat(fr(a).square().toBigInteger()).isEqualTo(a.pow(2).mod(R));
    assertThat(fr(a).pow5().toBigInteger()).isEqualTo(a.pow(5).mod(R));
  }

  @Property
  void negMatchesBigInteger(@ForAll("elements") BigInteger a) {
    assertThat(fr(a).neg().toBigInteger()).isEqualTo(a.negate().mod(R));
    assertThat(fr(a).add(fr(a).neg())).isEqualTo(Fr.ZERO);
  }

  @Property(tries = 300)
  void inverseMatchesBigInteger(@ForAll("nonZeroElements") BigInteger a) {
    assertThat(fr(a).inverse().toBigInteger()).isEqualTo(a.modInverse(R));
    assertThat(fr(a).mul(fr(a).inverse())).isEqualTo(Fr.ONE);
  }

  @Property(tries = 300)
  void powMatchesBigInteger(
      @ForAll("elements") BigInteger a, @ForAll("elements") BigInteger exponent) {
    assertThat(fr(a).pow(exponent).toBigInteger()).isEqualTo(a.modPow(exponent, R));
  }

  @Property
  void bytesRoundTrip(@ForAll("elements") BigInteger a) {
    Fr x = fr(a);
    byte[] bytes = x.toBytesBigEndian();
    assertThat(bytes).hasSize(32);
    assertThat(new BigInteger(1, bytes)).isEqualTo(a);
    assertThat(Fr.fromBytesBigEndian(bytes)).isEqualTo(x);
    assertThat(Fr.fromBytesBigEndianReduced(bytes)).isEqualTo(x);
  }

  @Property
  void limbsDecimalAndHexRoundTrip(@ForAll("elements") BigInteger a) {
    Fr x = fr(a);
    long[] limbs = x.toCanonicalLimbs();
    for (int i = 0; i < 4; i++) {
      assertThat(limbs[i]).isEqualTo(a.shiftRight(64 * i).longValue());
    }
    assertThat(Fr.fromCanonicalLimbs(limbs)).isEqualTo(x);
    assertThat(Fr.fromDecimal(x.toString())).isEqualTo(x);
    assertThat(x.toString()).isEqualTo(a.toString());
    assertThat(x.toHexString()).isEqualTo(String.format("0x%064x", a));
  }

  @Property
  void reducedFactoriesReduceModR(
      @ForAll("elements") BigInteger a, @ForAll("elements") BigInteger k) {
    BigInteger big = a.add(k.multiply(R));
    assertThat(Fr.reduce(big).toBigInteger()).isEqualTo(a);
    assertThat(Fr.fromBytesBigEndianReduced(big.toByteArray()).toBigInteger()).isEqualTo(a);
  }

  @Property
  void strictFactoriesRejectValuesAtOrAboveModulus(@ForAll("elements") BigInteger a) {
    BigInteger tooBig = a.add(R);
    assertThatThrownBy(() -> Fr.fromBigInteger(tooBig))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fr.fromDecimal(tooBig.toString()))
        .isInstanceOf(IllegalArgumentException.class);
    if (tooBig.bitLength() <= 256) {
      assertThatThrownBy(() -> Fr.fromBytesBigEndian(FrTest.bytes32(tooBig)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property
  void orderAndBitsFollowCanonicalValue(
      @ForAll("elements") BigInteger a, @ForAll("elements") BigInteger b) {
    assertThat(Integer.signum(fr(a).compareTo(fr(b)))).isEqualTo(a.compareTo(b));
    assertThat(fr(a).equals(fr(b))).isEqualTo(a.equals(b));
    for (int bit = 0; bit < 256; bit += 7) {
      assertThat(fr(a).testBit(bit)).isEqualTo(a.testBit(bit));
    }
  }

  @Property
  void inPlaceArithmeticAgreesWithFrWhenOutputAliasesInput(
      @ForAll("elements") BigInteger a, @ForAll("elements") BigInteger b) {
    long[] state = new long[8];
    FrArith.load(fr(a), state, 0);
    FrArith.load(fr(b), state, 4);
    FrArith.mul(state, 0, state, 4, state, 4);
    assertThat(FrArith.toFr(state, 4)).isEqualTo(fr(a).mul(fr(b)));
    FrArith.add(state, 0, state, 4, state, 0);
    assertThat(FrArith.toFr(state, 0)).isEqualTo(fr(a).add(fr(a).mul(fr(b))));
    FrArith.sub(state, 4, state, 0, state, 0);
    assertThat(FrArith.toFr(state, 0)).isEqualTo(fr(a).neg());
    FrArith.pow5(state, 0, state, 0);
    assertThat(FrArith.toFr(state, 0)).isEqualTo(fr(a).neg().pow5());
  }

  @Provide
  Arbitrary<List<BigInteger>> dotOperands() {
    return elements().list().ofMinSize(2).ofMaxSize(14).filter(l -> l.size() % 2 == 0);
  }

  @Property
  void dotMatchesSumOfProducts(@ForAll("dotOperands") List<BigInteger> values) {
    int n = values.size() / 2;
    long[] a = new long[4 * n];
    long[] b = new long[4 * n];
    BigInteger expected = BigInteger.ZERO;
    for (int k = 0; k < n; k++) {
      FrArith.load(fr(values.get(k)), a, 4 * k);
      FrArith.load(fr(values.get(n + k)), b, 4 * k);
      expected = expected.add(values.get(k).multiply(values.get(n + k)));
    }
    long[] out = new long[4];
    FrArith.dot(a, 0, b, 0, n, out, 0);
    assertThat(FrArith.toFr(out, 0).toBigInteger()).isEqualTo(expected.mod(R));
  }

  @Property
  void dotPlusAndMulPlusMatchBigInteger(
      @ForAll("dotOperands") List<BigInteger> values, @ForAll("elements") BigInteger c) {
    int n = values.size() / 2;
    long[] a = new long[4 * n];
    long[] b = new long[4 * n];
    BigInteger expected = c;
    for (int k = 0; k < n; k++) {
      FrArith.load(fr(values.get(k)), a, 4 * k);
      FrArith.load(fr(values.get(n + k)), b, 4 * k);
      expected = expected.add(values.get(k).multiply(values.get(n + k)));
    }
    long[] addend = new long[4];
    FrArith.load(fr(c), addend, 0);
    long[] out = new long[4];
    FrArith.dotPlus(a, 0, b, 0, n, addend, 0, out, 0);
    assertThat(FrArith.toFr(out, 0).toBigInteger()).isEqualTo(expected.mod(R));
    FrArith.mulPlus(a, 0, b, 0, addend, 0, addend, 0);
    assertThat(FrArith.toFr(addend, 0).toBigInteger())
        .isEqualTo(values.get(0).multiply(values.get(n)).add(c).mod(R));
  }

  private static Fr fr(BigInteger v) {
    return Fr.fromBigInteger(v);
  }
}
