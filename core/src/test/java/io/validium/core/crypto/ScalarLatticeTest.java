package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScalarLatticeTest {

  private static final BigInteger L = BabyJubjub.SUBGROUP_ORDER;
  private static final BigInteger P = Fr.MODULUS;

  @Provide
  Arbitrary<BigInteger> challenges() {
    BigInteger two127 = BigInteger.ONE.shiftLeft(127);
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, P.subtract(BigInteger.ONE)),
        Arbitraries.of(
            BigInteger.ZERO,
            BigInteger.ONE,
            BigInteger.TWO,
            two127.subtract(BigInteger.ONE),
            two127,
            L.subtract(BigInteger.ONE),
            L,
            L.add(BigInteger.ONE),
            L.shiftLeft(2),
            P.subtract(BigInteger.ONE)));
  }

  @Provide
  Arbitrary<BigInteger> belowL() {
    return Arbitraries.bigIntegers().between(BigInteger.ZERO, L.subtract(BigInteger.ONE));
  }

  @Property(tries = 500)
  void decompositionIsOddAndSatisfiesTheCongruence(@ForAll("challenges") BigInteger h) {
    ScalarLattice lattice = new ScalarLattice();
    lattice.decompose(ScalarRecoding.limbs(h, 4));
    BigInteger c = value(lattice.c);
    BigInteger d = lattice.dNegative ? value(lattice.d).negate() : value(lattice.d);
    assertThat(c.testBit(0)).as("c odd").isTrue();
    assertThat(c.signum()).isPositive();
    assertThat(c.multiply(h).subtract(d).mod(L)).isEqualTo(BigInteger.ZERO);
    assertThat(c.bitLength()).isLessThanOrEqualTo(125);
  }

  @Property(tries = 500)
  void remainderStaysBelowTheGroupOrder(@ForAll("challenges") BigInteger h) {
    ScalarLattice lattice = new ScalarLattice();
    lattice.decompose(ScalarRecoding.limbs(h, 4));
    assertThat(value(lattice.d)).isLessThan(L);
  }

  /**
   * |d| is below 2^127 unless the last quotient had to be stepped back over (t1 even), and then
   * larger by that quotient's bits, which are unbounded (Gauss-Kuzmin: about one challenge in
   * 16,000 gets 14 or more). So this is a frequency over a fixed sample, not a property of every
   * challenge: as a per-try bound it failed about one run in thirty.
   */
  @Test
  void almostEveryChallengeGivesAHalfSizeRemainder() {
    Random random = new Random(2494);
    int samples = 4000;
    int beyond = 0;
    for (int i = 0; i < samples; i++) {
      BigInteger h = new BigInteger(256, random).mod(L);
      ScalarLattice lattice = new ScalarLattice();
      lattice.decompose(ScalarRecoding.limbs(h, 4));
      if (value(lattice.d).bitLength() > 140) {
        beyond++;
      }
    }
    assertThat(beyond).isLessThanOrEqualTo(samples / 100);
  }

  @Property(tries = 300)
  void multipliesByCModL(@ForAll("challenges") BigInteger h, @ForAll("belowL") BigInteger s) {
    ScalarLattice lattice = new ScalarLattice();
    lattice.decompose(ScalarRecoding.limbs(h, 4));
    long[] out = new long[4];
    lattice.multiplyModL(ScalarRecoding.limbs(s, 4), out);
    assertThat(value(out)).isEqualTo(value(lattice.c).multiply(s).mod(L));
  }

  private static BigInteger value(long[] limbs) {
    BigInteger v = BigInteger.ZERO;
    for (int i = limbs.length - 1; i >= 0; i--) {
      v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(limbs[i])));
    }
    return v;
  }
}
