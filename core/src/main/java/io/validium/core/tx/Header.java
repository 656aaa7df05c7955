package io.validium.core.tx;

import io.validium.core.field.Fr;
import io.validium.core.types.AccountId;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;

/** Packs a transaction's small integer fields into the one field element that is hashed. */
final class Header {
  private Header() {}

  /** {@code type + 2^8 account + 2^32 token + 2^48 nonce}; 80 bits, so the sum never wraps. */
  static Fr pack(TxType type, AccountId account, TokenId token, Nonce nonce) {
    long low = type.code() | ((long) account.value() << 8) | ((long) token.value() << 32);
    Fr high = Fr.of(nonce.value()).mul(Fr.of(1L << 48));
    return Fr.of(low).add(high);
  }
}
