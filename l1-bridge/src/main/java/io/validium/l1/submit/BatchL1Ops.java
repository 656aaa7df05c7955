package io.validium.l1.submit;

import io.validium.core.batch.BatchData;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.Address;
import io.validium.core.types.Amount;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a batch's data alone says about its L1 side: the priority-queue entries it consumes (their
 * leaves and the last index) and, in batch order, each withdrawal it emits, with the amount an L2
 * withdrawal pays or the most a forced withdrawal may pay (protocol.md 8.3, 17.3).
 */
record BatchL1Ops(List<Fr> priorityLeaves, long lastPriorityIndex, List<Slot> withdrawals) {

  /** One withdrawal the batch emits: exactly {@code amount}, or at most it when forced. */
  record Slot(Address recipient, TokenId token, Amount amount, boolean forced) {}

  BatchL1Ops {
    priorityLeaves = List.copyOf(priorityLeaves);
    withdrawals = List.copyOf(withdrawals);
  }

  static BatchL1Ops of(BatchData data) {
    List<Fr> leaves = new ArrayList<>();
    long last = -1;
    List<Slot> slots = new ArrayList<>();
    for (Transaction tx : data.transactions()) {
      if (tx instanceof Deposit d) {
        leaves.add(d.depositLeaf());
        last = d.index().value();
      } else if (tx instanceof ForcedWithdrawal f) {
        leaves.add(f.forcedLeaf());
        last = f.index().value();
        slots.add(new Slot(f.recipient(), f.token(), f.amount(), true));
      } else if (tx instanceof Withdrawal w) {
        slots.add(new Slot(w.recipient(), w.token(), w.amount(), false));
      }
    }
    return new BatchL1Ops(leaves, last, slots);
  }

  /** How many entries of the L1 priority queue the batch consumes. */
  int priorityEntries() {
    return priorityLeaves.size();
  }
}
