package io.validium.zk.curve;

import static org.assertj.core.api.Assertions.assertThat;

import io.validium.zk.field.Fq;
import io.validium.zk.field.Fq2;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class Bn254Test {

  private static final BigInteger U = Bn254.SEED;

  @Test
  void moduliFollowFromTheSeed() {
    assertThat(bnPolynomial(24)).isEqualTo(Bn254.BASE_FIELD_MODULUS);
    assertThat(bnPolynomial(18)).isEqualTo(Bn254.ORDER);
    assertThat(Bn254.ORDER.isProbablePrime(64)).isTrue();
  }

  @Test
  void ateLoopCountIsSixUPlusTwo() {
    assertThat(Bn254.ATE_LOOP_COUNT).isEqualTo(new BigInteger("29793968203157093288"));
  }

  @Test
  void twistConstantTimesNonResidueIsThree() {
    assertThat(Bn254.TWIST_B.mul(Fq2.NON_RESIDUE)).isEqualTo(Fq2.of(Fq.of(3), Fq.ZERO));
  }

  @Test
  void subgroupCriterionHoldsForTheEigenvalueOfPsi() {
    // On G2, ψ acts as [q mod r] = [6u²]; the criterion's coefficients must vanish there.
    BigInteger r = Bn254.ORDER;
    BigInteger lambda = Bn254.BASE_FIELD_MODULUS.mod(r);
    assertThat(lambda).isEqualTo(U.pow(2).multiply(BigInteger.valueOf(6)));
    BigInteger combination =
        U.add(BigInteger.ONE)
            .add(lambda.multiply(U))
            .add(lambda.pow(2).multiply(U))
            .subtract(lambda.pow(3).multiply(U.shiftLeft(1)));
    assertThat(combination.mod(r)).isZero();
  }

  private static BigInteger bnPolynomial(int quadratic) {
    return U.pow(4)
        .multiply(BigInteger.valueOf(36))
        .add(U.pow(3).multiply(BigInteger.valueOf(36)))
        .add(U.pow(2).multiply(BigInteger.valueOf(quadratic)))
        .add(U.multiply(BigInteger.valueOf(6)))
        .add(BigInteger.ONE);
  }
}
