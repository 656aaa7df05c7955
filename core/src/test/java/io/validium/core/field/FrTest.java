package io.validium.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Edge cases and the strict encodings of {@link Fr}. */
class FrTest {

  private static final BigInteger R =
      new BigInteger(
          "21888242871839275222246405745257275088548364400416034343698204186575808495617");
  private static final BigInteger R_MINUS_1 = R.subtract(BigInteger.ONE);

  static byte[] bytes32(BigInteger v) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return out;
  }

  @Test
  void modulusIsTheBn254ScalarFieldOrder() {
    assertThat(Fr.MODULUS).isEqualTo(R);
  }

  @Test
  void constantsHaveTheirValues() {
    assertThat(Fr.ZERO.toBigInteger()).isZero();
    assertThat(Fr.ONE.toBigInteger()).isOne();
    assertThat(Fr.ZERO.isZero()).isTrue();
    assertThat(Fr.ONE.isZero()).isFalse();
    assertThat(Fr.of(0)).isEqualTo(Fr.ZERO);
    assertThat(Fr.of(1)).isEqualTo(Fr.ONE);
    assertThat(Fr.of(Long.MAX_VALUE).toBigInteger()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE));
  }

  @Test
  void largestElementWrapsToZero() {
    Fr max = Fr.fromBigInteger(R_MINUS_1);
    assertThat(max.add(Fr.ONE)).isEqualTo(Fr.ZERO);
    assertThat(Fr.ZERO.sub(Fr.ONE)).isEqualTo(max);
    assertThat(Fr.ONE.neg()).isEqualTo(max);
    assertThat(max.mul(max)).isEqualTo(Fr.ONE);
    assertThat(max.inverse()).isEqualTo(max);
    assertThat(max.toHexString())
        .isEqualTo("0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000");
  }

  @Test
  void zeroAndOneBehaveAsIdentities() {
    Fr x = Fr.fromDecimal("123456789012345678901234567890");
    assertThat(x.add(Fr.ZERO)).isEqualTo(x);
    assertThat(x.mul(Fr.ONE)).isEqualTo(x);
    assertThat(x.mul(Fr.ZERO)).isEqualTo(Fr.ZERO);
    assertThat(Fr.ZERO.neg()).isEqualTo(Fr.ZERO);
    assertThat(Fr.ONE.inverse()).isEqualTo(Fr.ONE);
    assertThat(Fr.ZERO.pow(BigInteger.ZERO)).isEqualTo(Fr.ONE);
    assertThat(x.pow(BigInteger.valueOf(-1))).isEqualTo(x.inverse());
    assertThat(Fr.ZERO.toHexString()).isEqualTo("0x" + "0".repeat(64));
    assertThat(Fr.ZERO.toString()).isEqualTo("0");
    assertThat(Fr.ZERO.toBytesBigEndian()).isEqualTo(new byte[32]);
  }

  @Test
  void dotOfSevenLargestElementsReducesFully() {
    long[] max = new long[28];
    for (int k = 0; k < 7; k++) {
      FrArith.load(Fr.fromBigInteger(R_MINUS_1), max, 4 * k);
    }
    long[] out = new long[4];
    FrArith.dot(max, 0, max, 0, 7, out, 0);
    assertThat(FrArith.toFr(out, 0)).isEqualTo(Fr.of(7));
  }

  @Test
  void dotPlusAndMulPlusWithLargestMontgomeryLimbsReduceFully() {
    // Montgomery limbs r-1 everywhere maximise the unreduced sum, and the addend then pushes the
    // reduced value to its largest, just under 3r.
    long[] max = {FrArith.Q0 - 1, FrArith.Q1, FrArith.Q2, FrArith.Q3};
    Fr m = FrArith.toFr(max, 0);
    long[] terms = new long[28];
    for (int k = 0; k < 7; k++) {
      System.arraycopy(max, 0, terms, 4 * k, 4);
    }
    Fr expected = m;
    for (int n = 1; n <= 7; n++) {
      expected = expected.add(m.mul(m));
      long[] out = new long[4];
      FrArith.dotPlus(terms, 0, terms, 0, n, max, 0, out, 0);
      // Fr equality compares limbs, so this also checks that the output is fully reduced.
      assertThat(FrArith.toFr(out, 0)).as("%d terms", n).isEqualTo(expected);
    }
    long[] out = new long[4];
    FrArith.mulPlus(max, 0, max, 0, max, 0, out, 0);
    assertThat(FrArith.toFr(out, 0)).isEqualTo(m.mul(m).add(m));
  }

  @Test
  void productsOfEdgeMontgomeryLimbsAreFullyReduced() {
    // The kernels recode limbs to signed digits and skip normalisations on the strength of range
    // bounds, so sweep limbs at the sign boundaries and Montgomery values up to r-1.
    List<long[]> edges = new ArrayList<>();
    long[] low = {0, Long.MAX_VALUE, Long.MIN_VALUE, -1};
    long[] top = {0, 1, FrArith.Q3 - 1, FrArith.Q3};
    for (long l0 : low) {
      for (long l1 : low) {
        for (long l2 : low) {
          for (long l3 : top) {
            long[] m = {l0, l1, l2, l3};
            if (FrArith.toBigInteger(m, 0).compareTo(R) < 0) {
              edges.add(m);
            }
          }
        }
      }
    }
    edges.add(new long[] {FrArith.Q0 - 1, FrArith.Q1, FrArith.Q2, FrArith.Q3});
    long[] out = new long[4];
    long[] scratch = new long[4];
    for (long[] x : edges) {
      Fr fx = FrArith.toFr(x, 0);
      BigInteger vx = fx.toBigInteger();
      FrArith.square(x, out);
      assertThat(FrArith.toFr(out, 0)).isEqualTo(Fr.fromBigInteger(vx.pow(2).mod(R)));
      FrArith.pow5(x, 0, out, 0, scratch, 0);
      assertThat(FrArith.toFr(out, 0)).isEqualTo(Fr.fromBigInteger(vx.pow(5).mod(R)));
      for (long[] y : edges) {
        BigInteger vy = FrArith.toFr(y, 0).toBigInteger();
        FrArith.mul(x, y, out);
        assertThat(FrArith.toFr(out, 0)).isEqualTo(Fr.fromBigInteger(vx.multiply(vy).mod(R)));
        FrArith.mulPlus(x, 0, y, 0, x, 0, out, 0);
        assertThat(FrArith.toFr(out, 0))
            .isEqualTo(Fr.fromBigInteger(vx.multiply(vy).add(vx).mod(R)));
      }
    }
  }

  @Test
  void dotRejectsTermCountsOutsideOneToSeven() {
    long[] x = new long[32];
    assertThatThrownBy(() -> FrArith.dot(x, 0, x, 0, 0, x, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FrArith.dot(x, 0, x, 0, 8, x, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FrArith.dotPlus(x, 0, x, 0, 8, x, 0, x, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inverseOfZeroThrows() {
    assertThatThrownBy(Fr.ZERO::inverse).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void strictFactoriesRejectModulusAndAbove() {
    for (BigInteger bad :
        new BigInteger[] {
          R, R.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)
        }) {
      assertThatThrownBy(() -> Fr.fromBigInteger(bad)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Fr.fromDecimal(bad.toString()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Fr.fromBytesBigEndian(bytes32(bad)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Fr.fromCanonicalLimbs(FrArith.limbsOf(bad)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void strictFactoriesRejectNegativeValues() {
    assertThatThrownBy(() -> Fr.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fr.fromBigInteger(BigInteger.valueOf(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fr.reduce(BigInteger.valueOf(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "+1", " 1", "1 ", "0x10", "1e3", "١"})
  void fromDecimalRejectsAnythingButPlainDigits(String s) {
    assertThatThrownBy(() -> Fr.fromDecimal(s)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromBytesBigEndianRequiresExactly32Bytes() {
    assertThatThrownBy(() -> Fr.fromBytesBigEndian(new byte[33]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fr.fromBytesBigEndian(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fr.fromBytesBigEndian(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fr.fromCanonicalLimbs(new long[5]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reducedFactoriesAcceptAnyLength() {
    assertThat(Fr.fromBytesBigEndianReduced(new byte[0])).isEqualTo(Fr.ZERO);
    assertThat(Fr.fromBytesBigEndianReduced(bytes32(R))).isEqualTo(Fr.ZERO);
    byte[] long64 = new byte[64];
    long64[0] = (byte) 0xff;
    long64[63] = 5;
    BigInteger v = new BigInteger(1, long64);
    assertThat(Fr.fromBytesBigEndianReduced(long64).toBigInteger()).isEqualTo(v.mod(R));
    assertThat(Fr.reduce(R.add(BigInteger.TWO))).isEqualTo(Fr.of(2));
  }

  @Test
  void bytesAreBigEndian() {
    byte[] b = Fr.of(0x0102).toBytesBigEndian();
    assertThat(b[30]).isEqualTo((byte) 1);
    assertThat(b[31]).isEqualTo((byte) 2);
    assertThat(Fr.of(0x0102).toHexString()).endsWith("0102").hasSize(66);
  }

  @Test
  void testBitReadsTheCanonicalValue() {
    Fr max = Fr.fromBigInteger(R_MINUS_1);
    assertThat(max.testBit(0)).isFalse();
    assertThat(max.testBit(253)).isTrue();
    assertThat(max.testBit(254)).isFalse();
    assertThat(max.testBit(300)).isFalse();
    assertThat(Fr.ONE.testBit(0)).isTrue();
    assertThatThrownBy(() -> Fr.ONE.testBit(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersByCanonicalValueNotMontgomeryForm() {
    assertThat(Fr.ZERO).isLessThan(Fr.ONE);
    assertThat(Fr.ONE).isLessThan(Fr.of(2));
    assertThat(Fr.of(2)).isLessThan(Fr.fromBigInteger(R_MINUS_1));
    assertThat(Fr.of(7)).isEqualByComparingTo(Fr.fromDecimal("7"));
    assertThat(Fr.of(7).hashCode()).isEqualTo(Fr.fromDecimal("0007").hashCode());
  }
}
