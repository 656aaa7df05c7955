package io.validium.l1.submit;

import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.state.L1Withdrawal;
import java.util.List;

/**
 * Checks a proof record's L1 side against its batch before anything is sent (protocol.md 13, 17.6):
 * the withdrawals are the batch's, in order, with each forced withdrawal paying at most what it
 * asked; {@code depositCountAfter} follows the batch's last queue entry; and {@code H(D_before,
 * D_after, W)} over the record's chain and withdrawals is the header's {@code l1OpsCommitment},
 * which the proof binds. A record that passes makes {@code submitBatch} compute exactly the proven
 * commitment.
 */
final class L1OpsCheck {

  private L1OpsCheck() {}

  /** A failed check: the refusal and its detail; null when the record fits the batch. */
  record Failure(Refusal refusal, String detail) {}

  static Failure check(BatchHeader header, BatchL1Ops ops, ProvenBatch record) {
    long n = header.number().value();
    List<L1Withdrawal> ws = record.withdrawals();
    if (ws.size() != ops.withdrawals().size()) {
      return new Failure(
          Refusal.WITHDRAWALS_MISMATCH,
          "the record lists "
              + ws.size()
              + " withdrawals, batch "
              + n
              + " emits "
              + ops.withdrawals().size());
    }
    for (int j = 0; j < ws.size(); j++) {
      String wrong = mismatch(ops.withdrawals().get(j), ws.get(j));
      if (wrong != null) {
        return new Failure(
            Refusal.WITHDRAWALS_MISMATCH, "withdrawal " + j + " of batch " + n + " " + wrong);
      }
    }
    long countAfter = record.depositCountAfter();
    if (ops.priorityEntries() > 0 && countAfter != ops.lastPriorityIndex() + 1) {
      return new Failure(
          Refusal.DEPOSIT_COUNT_MISMATCH,
          "batch "
              + n
              + " consumes the priority queue up to entry "
              + ops.lastPriorityIndex()
              + ", so depositCountAfter is "
              + (ops.lastPriorityIndex() + 1)
              + ", not "
              + countAfter);
    }
    Fr before = record.depositChainBefore();
    Fr after = before;
    for (Fr leaf : ops.priorityLeaves()) {
      after = Poseidon.hash(after, leaf);
    }
    Fr w = Fr.ZERO;
    for (L1Withdrawal x : ws) {
      w = Poseidon.hash(w, x.leaf());
    }
    if (!Poseidon.hash(before, after, w).equals(header.l1OpsCommitment().value())) {
      return new Failure(
          Refusal.L1_OPS_MISMATCH,
          "depositChainBefore and the withdrawals do not hash to batch "
              + n
              + "'s l1OpsCommitment "
              + header.l1OpsCommitment());
    }
    return null;
  }

  private static String mismatch(BatchL1Ops.Slot slot, L1Withdrawal w) {
    if (!slot.recipient().equals(w.recipient()) || !slot.token().equals(w.token())) {
      return "pays token "
          + slot.token()
          + " to "
          + slot.recipient()
          + ", the record says token "
          + w.token()
          + " to "
          + w.recipient();
    }
    if (slot.forced()) {
      if (w.amount().compareTo(slot.amount()) > 0) {
        return "is a forced withdrawal of at most "
            + slot.amount()
            + ", the record pays "
            + w.amount();
      }
    } else if (!slot.amount().equals(w.amount())) {
      return "pays " + slot.amount() + ", the record says " + w.amount();
    }
    return null;
  }
}
