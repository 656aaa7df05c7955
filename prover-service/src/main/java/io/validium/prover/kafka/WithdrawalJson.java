package io.validium.prover.kafka;

import io.validium.core.state.L1Withdrawal;

/**
 * One element of a proof record's {@code withdrawals} (protocol.md 13): the wire form of core's
 * {@link L1Withdrawal}, every value a string in the text form of protocol.md section 1.
 */
record WithdrawalJson(String recipient, String tokenId, String amount) {

  static WithdrawalJson of(L1Withdrawal w) {
    return new WithdrawalJson(
        w.recipient().toString(), w.token().toString(), w.amount().toString());
  }
}
