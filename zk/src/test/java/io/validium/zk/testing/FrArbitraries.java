package io.validium.zk.testing;

import io.validium.core.field.Fr;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik generators of field elements. */
public final class FrArbitraries {

  private FrArbitraries() {}

  /** Uniform field elements, with 0, 1 and r - 1 favoured as edge cases. */
  public static Arbitrary<Fr> elements() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, Fr.MODULUS.subtract(BigInteger.ONE))
        .edgeCases(c -> c.includeOnly(BigInteger.ZERO, BigInteger.ONE))
        .map(Fr::fromBigInteger);
  }
}
