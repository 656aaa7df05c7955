package io.validium.sequencer.engine;

import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.state.SignatureCheck;
import io.validium.core.tx.Transaction;

/**
 * A signature verified before the sequencer's lock, against the key the sender's account held then.
 * Account keys never change once an account is open, so the state transition function almost always
 * finds the same key and takes this verdict; for any other key or transaction it verifies on the
 * spot. Either way the decision is the one the serial state transition function makes.
 */
public final class Precheck implements SignatureCheck {
  /** Nothing verified ahead: the state transition function verifies under the lock. */
  public static final Precheck NONE = new Precheck(null, null, false);

  private final Transaction tx;
  private final EdDsaPublicKey key;
  private final boolean valid;

  private Precheck(Transaction tx, EdDsaPublicKey key, boolean valid) {
    this.tx = tx;
    this.key = key;
    this.valid = valid;
  }

  /** Verifies {@code tx} against {@code key} now, on the calling thread. */
  static Precheck verify(Transaction tx, EdDsaPublicKey key) {
    return new Precheck(tx, key, SignatureCheck.verifyNow(key, tx));
  }

  /** A verdict computed elsewhere (a batch verification) for {@code tx} against {@code key}. */
  static Precheck of(Transaction tx, EdDsaPublicKey key, boolean valid) {
    return new Precheck(tx, key, valid);
  }

  /** Whether the verdict computed ahead is that the signature is valid. */
  boolean isValid() {
    return valid;
  }

  /** Whether a verdict was computed ahead. */
  public boolean isVerified() {
    return key != null;
  }

  @Override
  public boolean verify(EdDsaPublicKey sender, Transaction signed) {
    if (signed == tx && sender.equals(key)) {
      return valid;
    }
    return SignatureCheck.verifyNow(sender, signed);
  }
}
