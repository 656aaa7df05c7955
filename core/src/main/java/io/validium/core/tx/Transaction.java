package io.validium.core.tx;

import io.validium.core.field.Fr;

/** An L2 transaction: a signed transfer or withdrawal, or a deposit relayed from L1. */
public sealed interface Transaction permits Transfer, Withdrawal, Deposit {

  TxType type();

  Domain domain();

  /**
   * The leaf this transaction contributes to the batch commitment; it covers every encoded field,
   * the signature included.
   */
  Fr commitmentLeaf();
}
