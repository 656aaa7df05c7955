package io.validium.zk.gadgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.core.crypto.BabyJubjub;
import io.validium.core.crypto.BabyJubjubPoint;
import io.validium.core.field.Fr;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import io.validium.zk.testing.Fixtures;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BabyJubjubGadgetTest {

  private static final int SCALAR_BITS = 251;

  record Multiple(BigInteger scalar, BabyJubjubPoint point) {
    @Override
    public String toString() {
      return "scalar " + scalar;
    }
  }

  static Stream<Multiple> circomlibMultiples() {
    List<Multiple> out = new ArrayList<>();
    for (JsonNode n : Fixtures.json("babyjubjub-eddsa-poseidon.json").get("scalarMultiples")) {
      JsonNode p = n.get("point");
      out.add(
          new Multiple(
              new BigInteger(n.get("scalar").asText()),
              BabyJubjubPoint.of(
                  Fr.fromDecimal(p.get(0).asText()), Fr.fromDecimal(p.get(1).asText()))));
    }
    return out.stream();
  }

  /** k·P for a private scalar k and a private point P, or a fixed P when {@code fixed} is set. */
  record ScalarMulCircuit(
      ConstraintSystem cs, Variable k, Variable px, Variable py, CircuitPoint out) {
    static ScalarMulCircuit variableBase() {
      CircuitBuilder api = new CircuitBuilder();
      Variable k = api.privateInput("k");
      Variable px = api.privateInput("px");
      Variable py = api.privateInput("py");
      CircuitPoint p = CircuitPoint.of(px, py);
      BabyJubjubGadget.assertOnCurve(api, p);
      CircuitPoint out = BabyJubjubGadget.scalarMul(api, p, Bits.toBinary(api, k, SCALAR_BITS));
      return new ScalarMulCircuit(api.build(), k, px, py, out);
    }

    static ScalarMulCircuit fixedBase(BabyJubjubPoint base) {
      CircuitBuilder api = new CircuitBuilder();
      Variable k = api.privateInput("k");
      CircuitPoint out =
          BabyJubjubGadget.fixedBaseMul(api, base, Bits.toBinary(api, k, SCALAR_BITS));
      return new ScalarMulCircuit(api.build(), k, null, null, out);
    }

    Witness solve(BigInteger scalar, BabyJubjubPoint p) {
      Assignment a = new Assignment().set(k, Fr.fromBigInteger(scalar));
      if (px != null) {
        a.set(px, p.x()).set(py, p.y());
      }
      return cs.solve(a);
    }
  }

  static final ScalarMulCircuit VARIABLE_BASE = ScalarMulCircuit.variableBase();
  static final ScalarMulCircuit FIXED_BASE8 = ScalarMulCircuit.fixedBase(BabyJubjub.BASE8);

  static BabyJubjubPoint point(Witness w, CircuitPoint p) {
    return BabyJubjubPoint.of(w.evaluate(p.x()), w.evaluate(p.y()));
  }

  @ParameterizedTest
  @MethodSource("circomlibMultiples")
  void fixedBaseMultiplicationReproducesTheCircomlibMultiples(Multiple m) {
    Witness w = FIXED_BASE8.solve(m.scalar(), null);
    assertThat(FIXED_BASE8.cs().isSatisfied(w)).isTrue();
    assertThat(point(w, FIXED_BASE8.out())).isEqualTo(m.point());
  }

  @ParameterizedTest
  @MethodSource("circomlibMultiples")
  void variableBaseMultiplicationReproducesTheCircomlibMultiples(Multiple m) {
    Witness w = VARIABLE_BASE.solve(m.scalar(), BabyJubjub.BASE8);
    assertThat(VARIABLE_BASE.cs().isSatisfied(w)).isTrue();
    assertThat(point(w, VARIABLE_BASE.out())).isEqualTo(m.point());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void everyScalarOfFewBitsMatchesCoreWhateverTheWindowSplit(int n) {
    BabyJubjubPoint p = BabyJubjub.multiplyBase8(BigInteger.valueOf(31337));
    CircuitBuilder api = new CircuitBuilder();
    Variable k = api.privateInput("k");
    Variable x = api.privateInput("x");
    Variable y = api.privateInput("y");
    CircuitPoint out =
        BabyJubjubGadget.scalarMul(api, CircuitPoint.of(x, y), Bits.toBinary(api, k, n));
    ConstraintSystem cs = api.build();
    for (long scalar = 0; scalar < 1L << n; scalar++) {
      Witness w = cs.solve(new Assignment().set(k, scalar).set(x, p.x()).set(y, p.y()));
      assertThat(cs.isSatisfied(w)).isTrue();
      assertThat(point(w, out)).isEqualTo(p.multiply(BigInteger.valueOf(scalar)));
    }
  }

  @Test
  void addAndDoubleMatchCore() {
    BabyJubjubPoint p = BabyJubjub.multiplyBase8(BigInteger.valueOf(12345));
    BabyJubjubPoint q = BabyJubjub.multiplyBase8(BigInteger.valueOf(678));
    CircuitBuilder api = new CircuitBuilder();
    CircuitPoint a = CircuitPoint.of(api.privateInput("ax"), api.privateInput("ay"));
    CircuitPoint b = CircuitPoint.of(api.privateInput("bx"), api.privateInput("by"));
    CircuitPoint sum = BabyJubjubGadget.add(api, a, b);
    int addCost = api.constraintCount();
    CircuitPoint twice = BabyJubjubGadget.dbl(api, a);
    int dblCost = api.constraintCount() - addCost;
    ConstraintSystem cs = api.build();
    List<Variable> in = cs.privateInputs();
    Witness w =
        cs.solve(
            new Assignment()
                .set(in.get(0), p.x())
                .set(in.get(1), p.y())
                .set(in.get(2), q.x())
                .set(in.get(3), q.y()));

    assertThat(cs.isSatisfied(w)).isTrue();
    assertThat(point(w, sum)).isEqualTo(p.add(q));
    assertThat(point(w, twice)).isEqualTo(p.add(p));
    assertThat(addCost).isEqualTo(6);
    assertThat(dblCost).isEqualTo(5);
  }

  @Test
  void additionIsCompleteForIdentityAndInverse() {
    BabyJubjubPoint p = BabyJubjub.multiplyBase8(BigInteger.valueOf(99));
    for (BabyJubjubPoint q : new BabyJubjubPoint[] {BabyJubjubPoint.IDENTITY, p.negate(), p}) {
      CircuitBuilder api = new CircuitBuilder();
      Variable x = api.privateInput("x");
      Variable y = api.privateInput("y");
      CircuitPoint sum = BabyJubjubGadget.add(api, CircuitPoint.of(x, y), CircuitPoint.constant(q));
      ConstraintSystem cs = api.build();
      Witness w = cs.solve(new Assignment().set(x, p.x()).set(y, p.y()));
      assertThat(cs.isSatisfied(w)).isTrue();
      assertThat(point(w, sum)).isEqualTo(p.add(q));
    }
  }

  @Test
  void onCurveCheckRejectsAPointOffTheCurve() {
    CircuitBuilder api = new CircuitBuilder();
    Variable x = api.privateInput("x");
    Variable y = api.privateInput("y");
    BabyJubjubGadget.assertOnCurve(api, CircuitPoint.of(x, y));
    ConstraintSystem cs = api.build();
    BabyJubjubPoint p = BabyJubjub.BASE8;

    assertThat(cs.numConstraints()).isEqualTo(3);
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(x, p.x()).set(y, p.y())))).isTrue();
    assertThat(cs.isSatisfied(cs.solve(new Assignment().set(x, p.x()).set(y, p.x())))).isFalse();
  }

  @Test
  void aFlippedScalarBitBreaksTheWitness() {
    BigInteger k = BigInteger.valueOf(0b1011);
    Witness w = FIXED_BASE8.solve(k, null);
    int firstBitWire = FIXED_BASE8.cs().wire(FIXED_BASE8.k()) + 1;
    Witness flipped = w.with(firstBitWire, Fr.ZERO);
    assertThat(FIXED_BASE8.cs().isSatisfied(flipped)).isFalse();
  }

  @Test
  void fixedBaseCostsAboutThreeAndAHalfConstraintsPerBit() {
    CircuitBuilder api = new CircuitBuilder();
    Variable[] bits = new Variable[SCALAR_BITS];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = api.privateInput("b" + i);
    }
    BabyJubjubGadget.fixedBaseMul(api, BabyJubjub.BASE8, bits);
    int windows = (SCALAR_BITS + 1) / 2;
    // A two-bit window costs its bit product, a lone last bit selects a constant for free, and
    // every window after the first costs an addition.
    int twoBitWindows = SCALAR_BITS / 2;
    assertThat(api.constraintCount()).isEqualTo(twoBitWindows + 6 * (windows - 1));
  }
}
