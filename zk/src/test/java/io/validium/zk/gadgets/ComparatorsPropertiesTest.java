package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ComparatorsPropertiesTest {

  private static final int N = 40;
  private static final CircuitBuilder API = new CircuitBuilder();
  private static final Variable A = API.privateInput("a");
  private static final Variable B = API.privateInput("b");
  private static final LinearCombination LESS = Comparators.lessThan(API, A, B, N);
  private static final ConstraintSystem CS = API.build();

  @Property
  void lessThanAgreesWithIntegerComparison(
      @ForAll @LongRange(min = 0, max = (1L << N) - 1) long a,
      @ForAll @LongRange(min = 0, max = (1L << N) - 1) long b) {
    Witness w = CS.solve(new Assignment().set(A, a).set(B, b));
    assertThat(CS.isSatisfied(w)).isTrue();
    assertThat(w.evaluate(LESS)).isEqualTo(a < b ? Fr.ONE : Fr.ZERO);
  }

  @Property(tries = 30)
  void lessThanAtTheWidestWidthAgreesOnExtremes(@ForAll @IntRange(min = 0, max = 3) int pick) {
    int n = Comparators.MAX_BITS;
    CircuitBuilder api = new CircuitBuilder();
    Variable a = api.privateInput("a");
    Variable b = api.privateInput("b");
    LinearCombination less = Comparators.lessThan(api, a, b, n);
    ConstraintSystem cs = api.build();
    BigInteger max = BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE);
    BigInteger[][] cases = {
      {BigInteger.ZERO, max},
      {max, BigInteger.ZERO},
      {max, max},
      {max.subtract(BigInteger.ONE), max}
    };
    BigInteger x = cases[pick][0];
    BigInteger y = cases[pick][1];
    Witness w =
        cs.solve(new Assignment().set(a, Fr.fromBigInteger(x)).set(b, Fr.fromBigInteger(y)));
    assertThat(cs.isSatisfied(w)).isTrue();
    assertThat(w.evaluate(less)).isEqualTo(x.compareTo(y) < 0 ? Fr.ONE : Fr.ZERO);
  }

  @Property(tries = 50)
  void assertLessThanIsSatisfiableExactlyWhenLess(
      @ForAll @LongRange(min = 0, max = 255) long a,
      @ForAll @LongRange(min = 0, max = 255) long b) {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("a");
    Variable y = api.privateInput("b");
    Comparators.assertLessThan(api, x, y, 8);
    ConstraintSystem cs = api.build();
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(x, a).set(y, b)))).isEqualTo(a < b);
  }
}
