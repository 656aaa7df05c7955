package io.validium.core.tx;

import io.validium.core.field.Fr;

/**
 * An L2 transaction: a signed transfer or withdrawal, or a deposit or forced withdrawal relayed
 * from the L1 priority queue.
 */
public sealed interface Transaction permits Transfer, Withdrawal, Deposit, ForcedWithdrawal {

  TxType type();

  Domain domain();

  /**
   * The leaf this transaction contributes to the batch commitment; it covers every encoded field,
   * the signature included.
   */
  Fr commitmentLeaf();
}
