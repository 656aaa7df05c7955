package io.validium.l1.eth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FeesTest {

  @Test
  void aReplacementBidsAtLeastAnEighthMoreOnBothFees() {
    Fees f = new Fees(BigInteger.valueOf(800), BigInteger.valueOf(80));
    Fees b = f.bumped(new Fees(BigInteger.ZERO, BigInteger.ZERO));
    assertThat(b.maxFeePerGas()).isEqualTo(BigInteger.valueOf(900));
    assertThat(b.maxPriorityFeePerGas()).isEqualTo(BigInteger.valueOf(90));
    Fees tiny =
        new Fees(BigInteger.ONE, BigInteger.ZERO)
            .bumped(new Fees(BigInteger.ZERO, BigInteger.ZERO));
    assertThat(tiny.maxFeePerGas()).isEqualTo(BigInteger.TWO);
    assertThat(tiny.maxPriorityFeePerGas()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void aReplacementNeverBidsBelowTheCurrentMarket() {
    Fees f = new Fees(BigInteger.valueOf(100), BigInteger.TEN);
    Fees market = new Fees(BigInteger.valueOf(1000), BigInteger.valueOf(50));
    Fees b = f.bumped(market);
    assertThat(b.maxFeePerGas()).isEqualTo(BigInteger.valueOf(1000));
    assertThat(b.maxPriorityFeePerGas()).isEqualTo(BigInteger.valueOf(50));
  }
}
