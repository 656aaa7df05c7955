package io.validium.zk.solidity;

import io.validium.zk.curve.G1;
import io.validium.zk.curve.G2;
import java.math.BigInteger;
import java.util.List;

/**
 * Curve points as the EVM precompiles (EIP-196, EIP-197) read them: affine 256-bit words, (0, 0)
 * for infinity, and each G2 coordinate with its imaginary part c1 before its real part c0 (the
 * reverse of snarkjs's JSON).
 */
final class EvmPoints {

  private EvmPoints() {}

  /** [x, y]. */
  static List<BigInteger> g1(G1 p) {
    if (p.isInfinity()) {
      return List.of(BigInteger.ZERO, BigInteger.ZERO);
    }
    return List.of(p.x().toBigInteger(), p.y().toBigInteger());
  }

  /** [x.c1, x.c0, y.c1, y.c0]. */
  static List<BigInteger> g2(G2 p) {
    if (p.isInfinity()) {
      return List.of(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);
    }
    return List.of(
        p.x().c1().toBigInteger(),
        p.x().c0().toBigInteger(),
        p.y().c1().toBigInteger(),
        p.y().c0().toBigInteger());
  }
}
