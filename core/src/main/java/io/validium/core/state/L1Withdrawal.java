package io.validium.core.state;

import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.util.Objects;

/**
 * What a batch makes claimable on L1: a withdrawal's or a forced withdrawal's paid amount, one
 * element of the withdrawal chain W (docs/protocol.md 8.3).
 */
public record L1Withdrawal(Address recipient, TokenId token, Amount amount) {

  public L1Withdrawal {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(amount, "amount");
  }

  /** {@code H(recipient, tokenId, amount)}, as L1 recomputes it. */
  public Fr leaf() {
    return Poseidon.hash(
        Fr.fromBigInteger(recipient.toBigInteger()),
        Fr.of(token.value()),
        Fr.fromBigInteger(amount.toBigInteger()));
  }
}
