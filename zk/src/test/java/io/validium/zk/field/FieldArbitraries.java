package io.validium.zk.field;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** Random tower elements, weighted towards values near 0 and q where carries go wrong. */
public final class FieldArbitraries {

  private static final BigInteger Q = Fq.MODULUS;

  private FieldArbitraries() {}

  /** Canonical values in [0, q): uniform, edge-biased and just below q. */
  public static Arbitrary<BigInteger> values() {
    BigInteger max = Q.subtract(BigInteger.ONE);
    Arbitrary<BigInteger> uniform =
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, max)
            .withDistribution(RandomDistribution.uniform());
    Arbitrary<BigInteger> nearEdges =
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, max)
            .withDistribution(RandomDistribution.biased());
    Arbitrary<BigInteger> belowModulus =
        Arbitraries.longs().between(1, 1L << 40).map(d -> Q.subtract(BigInteger.valueOf(d)));
    return Arbitraries.frequencyOf(
        Tuple.of(6, uniform), Tuple.of(2, nearEdges), Tuple.of(2, belowModulus));
  }

  /** Base-field elements. */
  public static Arbitrary<Fq> fq() {
    return values().map(Fq::fromBigInteger);
  }

  /** Quadratic-extension elements. */
  public static Arbitrary<Fq2> fq2() {
    return Combinators.combine(fq(), fq()).as(Fq2::of);
  }

  /** Sextic-extension elements. */
  public static Arbitrary<Fq6> fq6() {
    return Combinators.combine(fq2(), fq2(), fq2()).as(Fq6::of);
  }

  /** Elements of the full tower. */
  public static Arbitrary<Fq12> fq12() {
    return Combinators.combine(fq6(), fq6()).as(Fq12::of);
  }
}
