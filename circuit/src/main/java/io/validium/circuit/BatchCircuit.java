package io.validium.circuit;

import io.validium.core.field.Fr;
import io.validium.core.state.L2State;
import io.validium.core.types.AccountId;
import io.validium.zk.gadgets.PoseidonGadget;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.ConstraintSystem;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import java.util.ArrayList;
import java.util.List;

/**
 * The validity circuit for batches of at most {@link #size()} transactions (docs/protocol.md
 * section 9): applying the slots in order to {@code oldRoot} under core's state transition rules
 * yields {@code newRoot}, and the batch and L1 operations commitments are those of 8.2 and 8.3.
 * Public inputs, in this order: oldRoot, newRoot, batchCommitment, l1OpsCommitment. Immutable once
 * built. Each slot costs 36,025 constraints and, in zk's representation, about 50 MB of heap and a
 * second or two to build, so callers build a circuit once per size and keep it.
 */
public final class BatchCircuit {

  /** Largest size accepted: a batch never holds more transactions than this. */
  public static final int MAX_SIZE = io.validium.core.batch.BatchData.MAX_TRANSACTIONS;

  private final int size;
  private final int balanceDepth;
  private final ConstraintSystem system;
  private final Variable oldRoot;
  private final Variable newRoot;
  private final Variable batchCommitment;
  private final Variable l1OpsCommitment;
  private final Variable domainHash;
  private final Variable batchNumber;
  private final Variable depositChainBefore;
  private final List<SlotVariables> slots;
  private final ChainState computed;
  private final LinearCombination computedL1Ops;

  private BatchCircuit(int size, int balanceDepth) {
    this.size = size;
    this.balanceDepth = balanceDepth;
    CircuitBuilder api = new CircuitBuilder();
    oldRoot = api.publicInput("oldRoot");
    newRoot = api.publicInput("newRoot");
    batchCommitment = api.publicInput("batchCommitment");
    l1OpsCommitment = api.publicInput("l1OpsCommitment");
    domainHash = api.privateInput("domainHash");
    batchNumber = api.privateInput("batchNumber");
    depositChainBefore = api.privateInput("depositChainBefore");
    List<SlotVariables> declared = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      declared.add(SlotVariables.declare(api, i, balanceDepth, AccountId.TREE_DEPTH));
    }
    slots = List.copyOf(declared);

    ChainState state =
        new ChainState(
            oldRoot.toLinearCombination(),
            PoseidonGadget.hash(api, domainHash, batchNumber),
            depositChainBefore.toLinearCombination(),
            LinearCombination.zero());
    for (int i = 0; i < size; i++) {
      try (CircuitBuilder.Scope s = api.scope("slot" + i)) {
        state =
            SlotGadget.apply(
                api, slots.get(i), domainHash, state, balanceDepth, AccountId.TREE_DEPTH);
      }
    }
    computed = state;
    computedL1Ops =
        PoseidonGadget.hash(api, depositChainBefore, state.depositChain(), state.withdrawalChain());
    api.assertEqual(state.root(), newRoot, "newRoot");
    api.assertEqual(state.batchChain(), batchCommitment, "batchCommitment");
    api.assertEqual(computedL1Ops, l1OpsCommitment, "l1OpsCommitment");
    system = api.build();
  }

  /** The circuit for batches of up to {@code size} transactions and the default balance depth. */
  public static BatchCircuit forSize(int size) {
    return of(size, L2State.DEFAULT_BALANCE_DEPTH);
  }

  /**
   * The circuit for batches of up to {@code size} transactions of a deployment whose balance trees
   * have {@code balanceDepth} levels.
   *
   * @throws IllegalArgumentException if size is not in 1..MAX_SIZE or the depth not in 1..16
   */
  public static BatchCircuit of(int size, int balanceDepth) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("batch size must be 1.." + MAX_SIZE + ", got " + size);
    }
    if (balanceDepth < 1 || balanceDepth > 16) {
      throw new IllegalArgumentException("balance depth must be 1..16, got " + balanceDepth);
    }
    return new BatchCircuit(size, balanceDepth);
  }

  /** Number of transaction slots. */
  public int size() {
    return size;
  }

  /** Depth of the balance trees the circuit walks. */
  public int balanceDepth() {
    return balanceDepth;
  }

  /** The compiled constraint system, for setup, proving and satisfiability checks. */
  public ConstraintSystem system() {
    return system;
  }

  /** The public input oldRoot. */
  public Variable oldRoot() {
    return oldRoot;
  }

  /** The public input newRoot. */
  public Variable newRoot() {
    return newRoot;
  }

  /** The public input batchCommitment. */
  public Variable batchCommitment() {
    return batchCommitment;
  }

  /** The public input l1OpsCommitment. */
  public Variable l1OpsCommitment() {
    return l1OpsCommitment;
  }

  /** The private input domainHash = H(chainId, validium). */
  public Variable domainHash() {
    return domainHash;
  }

  /** The private input batchNumber. */
  public Variable batchNumber() {
    return batchNumber;
  }

  /** The private input D_before. */
  public Variable depositChainBefore() {
    return depositChainBefore;
  }

  /** The inputs of each slot, in batch order. */
  public List<SlotVariables> slots() {
    return slots;
  }

  /** The slot at {@code index}. */
  public SlotVariables slot(int index) {
    return slots.get(index);
  }

  /** Solves every internal wire from the inputs; see {@link ConstraintSystem#solve}. */
  public Witness solve(Assignment assignment) {
    return system.solve(assignment);
  }

  /** The state root the slots compute, before it is compared with newRoot. */
  public Fr computedNewRoot(Witness w) {
    return w.evaluate(computed.root());
  }

  /** The batch commitment the slots compute, before it is compared with the public input. */
  public Fr computedBatchCommitment(Witness w) {
    return w.evaluate(computed.batchChain());
  }

  /** The L1 operations commitment the slots compute, before it is compared with the input. */
  public Fr computedL1OpsCommitment(Witness w) {
    return w.evaluate(computedL1Ops);
  }

  /** D_after as the slots compute it. */
  public Fr computedDepositChainAfter(Witness w) {
    return w.evaluate(computed.depositChain());
  }

  /** The withdrawal chain W as the slots compute it. */
  public Fr computedWithdrawalChain(Witness w) {
    return w.evaluate(computed.withdrawalChain());
  }

  @Override
  public String toString() {
    return "BatchCircuit{size=" + size + ", balanceDepth=" + balanceDepth + ", " + system + "}";
  }
}
