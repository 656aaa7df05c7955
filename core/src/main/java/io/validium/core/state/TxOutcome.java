package io.validium.core.state;

import io.validium.core.tx.Transaction;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/** What applying one transaction gave: the touches made (the witness), or the rejection reason. */
public final class TxOutcome {
  private final Transaction transaction;
  private final List<AccessWitness> witness;
  private final RejectReason reason;
  private final L1Withdrawal emitted;

  private TxOutcome(
      Transaction transaction,
      List<AccessWitness> witness,
      RejectReason reason,
      L1Withdrawal emitted) {
    this.transaction = Objects.requireNonNull(transaction);
    this.witness = witness;
    this.reason = reason;
    this.emitted = emitted;
  }

  static TxOutcome applied(Transaction tx, List<AccessWitness> witness, L1Withdrawal emitted) {
    return new TxOutcome(tx, List.copyOf(witness), null, emitted);
  }

  static TxOutcome appliedWithoutWitness(Transaction tx, L1Withdrawal emitted) {
    return new TxOutcome(tx, null, null, emitted);
  }

  static TxOutcome rejected(Transaction tx, RejectReason reason) {
    return new TxOutcome(tx, null, Objects.requireNonNull(reason), null);
  }

  /**
   * What the transaction makes claimable on L1: a withdrawal's amount, or what a forced withdrawal
   * paid (possibly 0); empty for other kinds and for a rejected transaction.
   */
  public Optional<L1Withdrawal> emitted() {
    return Optional.ofNullable(emitted);
  }

  public Transaction transaction() {
    return transaction;
  }

  public boolean isApplied() {
    return reason == null;
  }

  /**
   * Sender touch first, then receiver; a bug to ask of a rejected transaction or of one applied by
   * {@link StateTransition#decide}.
   */
  public List<AccessWitness> witness() {
    if (reason != null) {
      throw new NoSuchElementException("rejected: " + reason);
    }
    if (witness == null) {
      throw new IllegalStateException("applied without recording a witness");
    }
    return witness;
  }

  /** The rejection; a bug to ask of an applied transaction. */
  public RejectReason reason() {
    if (reason == null) {
      throw new NoSuchElementException("the transaction was applied");
    }
    return reason;
  }

  @Override
  public String toString() {
    return isApplied() ? "applied " + transaction.type() : "rejected " + reason;
  }
}
