package io.validium.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The order-8 residue test agrees with multiplication by l on every coset of the subgroup. */
class SubgroupTestTest {

  @Provide
  Arbitrary<BigInteger> scalars() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ONE, BabyJubjub.SUBGROUP_ORDER.subtract(BigInteger.ONE));
  }

  @Property(tries = 30)
  void saysInSubgroupExactlyForTheCosetOfTheIdentity(@ForAll("scalars") BigInteger k) {
    BabyJubjubPoint p = BabyJubjub.multiplyBase8(k);
    for (int j = 0; j < 8; j++) {
      BabyJubjubPoint q = p.add(SubgroupTest.T8.multiply(BigInteger.valueOf(j)));
      SubgroupTest.Verdict verdict = SubgroupTest.of(q.x(), q.y());
      assertThat(verdict).as("coset " + j).isNotEqualTo(SubgroupTest.Verdict.UNDECIDED);
      assertThat(verdict == SubgroupTest.Verdict.IN_SUBGROUP)
          .as("coset " + j)
          .isEqualTo(q.isInSubgroup())
          .isEqualTo(j == 0);
    }
  }

  @Test
  void neverSaysInSubgroupForAPointOfSmallOrder() {
    for (int j = 1; j < 8; j++) {
      BabyJubjubPoint t = SubgroupTest.T8.multiply(BigInteger.valueOf(j));
      assertThat(t.isInSubgroup()).isFalse();
      assertThat(SubgroupTest.of(t.x(), t.y())).isNotEqualTo(SubgroupTest.Verdict.IN_SUBGROUP);
    }
    assertThat(SubgroupTest.of(BabyJubjubPoint.IDENTITY.x(), BabyJubjubPoint.IDENTITY.y()))
        .isEqualTo(SubgroupTest.Verdict.UNDECIDED);
  }
}
