package io.validium.l1.eth;

import java.math.BigInteger;

/** EIP-1559 fees of one transaction, in wei per gas. */
public record Fees(BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas) {

  private static final BigInteger EIGHT = BigInteger.valueOf(8);

  public Fees {
    if (maxFeePerGas.signum() < 0
        || maxPriorityFeePerGas.signum() < 0
        || maxPriorityFeePerGas.compareTo(maxFeePerGas) > 0) {
      throw new IllegalArgumentException("bad fees " + maxFeePerGas + "/" + maxPriorityFeePerGas);
    }
  }

  /**
   * Fees a node accepts as a replacement of a pending transaction with these fees: both at least
   * 12.5% higher (geth's and anvil's minimum bump), and never below {@code floor}.
   */
  public Fees bumped(Fees floor) {
    BigInteger tip = max(bump(maxPriorityFeePerGas), floor.maxPriorityFeePerGas);
    BigInteger cap = max(bump(maxFeePerGas), floor.maxFeePerGas).max(tip);
    return new Fees(cap, tip);
  }

  /** x + ceil(x / 8), at least x + 1. */
  private static BigInteger bump(BigInteger x) {
    BigInteger eighth = x.add(EIGHT.subtract(BigInteger.ONE)).divide(EIGHT);
    return x.add(eighth.max(BigInteger.ONE));
  }

  private static BigInteger max(BigInteger a, BigInteger b) {
    return a.max(b);
  }
}
