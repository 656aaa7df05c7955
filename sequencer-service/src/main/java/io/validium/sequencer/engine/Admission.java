package io.validium.sequencer.engine;

import io.validium.core.state.RejectReason;

/** What the ledger made of a submitted transaction. */
public sealed interface Admission {

  /** Applied to the state now; acknowledged once the log holds it. */
  record Accepted(TxHash hash, Position position) implements Admission {}

  /** The same signed transaction was accepted before: nothing new happened. */
  record Duplicate(TxHash hash, Position position) implements Admission {}

  /** Refused by the state transition function; nothing changed. */
  record Rejected(TxHash hash, RejectReason reason) implements Admission {}
}
