package io.validium.core.state;

import io.validium.core.crypto.EdDsaBatchVerifier;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;

/**
 * How the state transition function learns whether a transfer's or a withdrawal's signature is
 * valid for the sender's key: verified on the spot, or answered from a verification done earlier,
 * on another thread, of the same transaction against the same key. Any implementation must answer
 * exactly what {@link #verifyNow} answers.
 */
@FunctionalInterface
public interface SignatureCheck {
  /** Verifies on the calling thread. */
  SignatureCheck DIRECT = SignatureCheck::verifyNow;

  /**
   * Whether {@code signed}, a transfer or a withdrawal, carries a valid signature by {@code key}.
   */
  boolean verify(EdDsaPublicKey key, Transaction signed);

  /** EdDSA-Poseidon verification of the transaction's signature over its message. */
  static boolean verifyNow(EdDsaPublicKey key, Transaction signed) {
    if (signed instanceof Transfer t) {
      return key.verify(t.message(), t.signature());
    }
    if (signed instanceof Withdrawal w) {
      return key.verify(w.message(), w.signature());
    }
    throw new IllegalArgumentException(signed.type() + " carries no signature");
  }

  /** The same check as {@link #verifyNow}, as one item of a batch verification. */
  static EdDsaBatchVerifier.Item batchItem(EdDsaPublicKey key, Transaction signed) {
    if (signed instanceof Transfer t) {
      return new EdDsaBatchVerifier.Item(key, t.message(), t.signature());
    }
    if (signed instanceof Withdrawal w) {
      return new EdDsaBatchVerifier.Item(key, w.message(), w.signature());
    }
    throw new IllegalArgumentException(signed.type() + " carries no signature");
  }
}
