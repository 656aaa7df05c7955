package io.validium.core.state;

/** Why the state transition function refused a transaction (docs/protocol.md, section 7). */
public enum RejectReason {
  WRONG_DOMAIN("the transaction is for another chain or Validium contract"),
  UNKNOWN_TOKEN("the token has no slot in the balance tree"),
  UNKNOWN_ACCOUNT("the account does not exist"),
  SELF_TRANSFER("a transfer to the sending account"),
  DEPOSIT_OUT_OF_ORDER("the deposit is not the next one in the L1 queue"),
  ACCOUNT_KEY_MISMATCH("the deposit names a public key other than the account's"),
  WRONG_NONCE("the nonce is not the account's next nonce"),
  BAD_SIGNATURE("the signature does not verify against the account's key"),
  INSUFFICIENT_BALANCE("the balance is lower than the amount"),
  BALANCE_OVERFLOW("the receiving balance would exceed 2^96 - 1");

  private final String description;

  RejectReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
