package io.validium.circuit;

import io.validium.core.batch.BatchHeader;
import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.field.Fr;
import io.validium.core.merkle.MerkleProof;
import io.validium.core.state.AccessWitness;
import io.validium.core.state.Account;
import io.validium.core.state.BatchExecution;
import io.validium.core.state.TxOutcome;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.Amount;
import io.validium.zk.r1cs.Assignment;
import io.validium.zk.r1cs.Variable;
import io.validium.zk.r1cs.Witness;
import java.util.List;
import java.util.Optional;

/**
 * Turns core's execution of a batch into the inputs of a {@link BatchCircuit}: the public inputs
 * from its header, and every private input from its per-transaction {@link AccessWitness}es, so
 * that the circuit recomputes what core computed and nothing is derived a second way.
 */
public final class BatchInputs {

  private BatchInputs() {}

  /**
   * The input assignment for {@code execution}: its transactions in the first slots, padding in the
   * rest.
   */
  public static WitnessResult<Assignment> assignment(
      BatchCircuit circuit, BatchExecution execution) {
    if (!execution.isSuccess()) {
      return WitnessResult.refused(
          WitnessRefusal.Reason.BATCH_REJECTED,
          "transaction " + execution.failedIndex() + " was rejected: " + execution.failure());
    }
    List<TxOutcome> outcomes = execution.outcomes();
    if (outcomes.size() > circuit.size()) {
      return WitnessResult.refused(
          WitnessRefusal.Reason.BATCH_TOO_LARGE,
          "batch "
              + execution.header().number()
              + " holds "
              + outcomes.size()
              + " transactions, the circuit has "
              + circuit.size()
              + " slots");
    }
    for (int i = 0; i < outcomes.size(); i++) {
      for (AccessWitness w : outcomes.get(i).witness()) {
        if (w.balanceProof().depth() != circuit.balanceDepth()) {
          return WitnessResult.refused(
              WitnessRefusal.Reason.BALANCE_DEPTH_MISMATCH,
              "transaction "
                  + i
                  + " walks a balance tree of depth "
                  + w.balanceProof().depth()
                  + ", the circuit's has depth "
                  + circuit.balanceDepth());
        }
      }
    }
    BatchHeader header = execution.header();
    Assignment a = new Assignment();
    a.set(circuit.oldRoot(), header.oldRoot().value());
    a.set(circuit.newRoot(), header.newRoot().value());
    a.set(circuit.batchCommitment(), header.commitment().value());
    a.set(circuit.l1OpsCommitment(), header.l1OpsCommitment().value());
    a.set(circuit.domainHash(), execution.domain().hash());
    a.set(circuit.batchNumber(), header.number().value());
    a.set(circuit.depositChainBefore(), execution.depositChainBefore());
    for (int i = 0; i < circuit.size(); i++) {
      SlotVariables slot = circuit.slot(i);
      if (i < outcomes.size()) {
        assignTransaction(a, slot, outcomes.get(i));
      } else {
        assignPadding(a, slot);
      }
    }
    return WitnessResult.built(a);
  }

  /**
   * The public inputs and the full witness for {@code execution}, what a prover needs.
   *
   * @throws IllegalStateException if the solved witness violates a constraint: core and the circuit
   *     disagree about an execution core accepted, which is a bug in one of them
   */
  public static WitnessResult<BatchWitness> witness(
      BatchCircuit circuit, BatchExecution execution) {
    WitnessResult<Assignment> assigned = assignment(circuit, execution);
    if (!assigned.isBuilt()) {
      return assigned.refusedAs();
    }
    Witness w = circuit.solve(assigned.value());
    circuit
        .system()
        .firstUnsatisfied(w)
        .ifPresent(
            c -> {
              throw new IllegalStateException(
                  "core accepted batch " + execution.header().number() + " but " + c);
            });
    return WitnessResult.built(new BatchWitness(execution.header().publicInputs(), w));
  }

  private static void assignTransaction(Assignment a, SlotVariables v, TxOutcome outcome) {
    Transaction tx = outcome.transaction();
    List<AccessWitness> touches = outcome.witness();
    AccessWitness first = touches.get(0);
    if (tx instanceof Transfer t) {
      setKind(a, v, 1, 0, 0, 0);
      a.set(v.from(), t.from().value());
      a.set(v.to(), t.to().value());
      a.set(v.token(), t.token().value());
      a.set(v.amount(), amount(t.amount()));
      a.set(v.nonce(), t.nonce().value());
      a.set(v.recipient(), Fr.ZERO);
      a.set(v.depositIndex(), Fr.ZERO);
      setSignature(a, v, t.signature());
      a.set(v.senderExists(), Fr.ONE);
      setTouch(a, v.sender(), first, keyOf(first));
      setTouch(a, v.receiver(), touches.get(1), keyOf(touches.get(1)));
    } else if (tx instanceof Withdrawal w) {
      setKind(a, v, 0, 1, 0, 0);
      a.set(v.from(), w.from().value());
      a.set(v.to(), Fr.ZERO);
      a.set(v.token(), w.token().value());
      a.set(v.amount(), amount(w.amount()));
      a.set(v.nonce(), w.nonce().value());
      a.set(v.recipient(), Fr.fromBigInteger(w.recipient().toBigInteger()));
      a.set(v.depositIndex(), Fr.ZERO);
      setSignature(a, v, w.signature());
      a.set(v.senderExists(), Fr.ONE);
      setTouch(a, v.sender(), first, keyOf(first));
      setIdleTouch(a, v.receiver());
    } else if (tx instanceof ForcedWithdrawal f) {
      setKind(a, v, 0, 0, 0, 1);
      a.set(v.from(), f.account().value());
      a.set(v.to(), Fr.ZERO);
      a.set(v.token(), f.token().value());
      a.set(v.amount(), amount(f.amount()));
      a.set(v.nonce(), Fr.ZERO);
      a.set(v.recipient(), Fr.fromBigInteger(f.recipient().toBigInteger()));
      a.set(v.depositIndex(), f.index().value());
      setUnsigned(a, v);
      a.set(v.senderExists(), Fr.ONE);
      setTouch(a, v.sender(), first, keyOf(first));
      setIdleTouch(a, v.receiver());
    } else {
      Deposit d = (Deposit) tx;
      setKind(a, v, 0, 0, 1, 0);
      a.set(v.from(), d.account().value());
      a.set(v.to(), Fr.ZERO);
      a.set(v.token(), d.token().value());
      a.set(v.amount(), amount(d.amount()));
      a.set(v.nonce(), Fr.ZERO);
      a.set(v.recipient(), Fr.ZERO);
      a.set(v.depositIndex(), d.index().value());
      setUnsigned(a, v);
      a.set(v.senderExists(), first.accountBefore().isPresent() ? Fr.ONE : Fr.ZERO);
      // An existing account's key equals the deposit's (core checked ACCOUNT_KEY_MISMATCH).
      setTouch(a, v.sender(), first, d.publicKey());
      setIdleTouch(a, v.receiver());
    }
  }

  private static void assignPadding(Assignment a, SlotVariables v) {
    setKind(a, v, 0, 0, 0, 0);
    for (Variable x :
        List.of(
            v.from(),
            v.to(),
            v.token(),
            v.amount(),
            v.nonce(),
            v.recipient(),
            v.depositIndex(),
            v.senderExists())) {
      a.set(x, Fr.ZERO);
    }
    setUnsigned(a, v);
    setIdleTouch(a, v.sender());
    setIdleTouch(a, v.receiver());
  }

  private static void setKind(Assignment a, SlotVariables v, int t, int w, int d, int f) {
    a.set(v.isTransfer(), t);
    a.set(v.isWithdrawal(), w);
    a.set(v.isDeposit(), d);
    a.set(v.isForced(), f);
  }

  private static void setSignature(Assignment a, SlotVariables v, EdDsaSignature sig) {
    a.set(v.r8x(), sig.r8x());
    a.set(v.r8y(), sig.r8y());
    a.set(v.s(), Fr.fromBigInteger(sig.s()));
  }

  /** (R8, S) = (identity, 0), which verifies under the identity key an unsigned slot uses. */
  private static void setUnsigned(Assignment a, SlotVariables v) {
    a.set(v.r8x(), Fr.ZERO);
    a.set(v.r8y(), Fr.ONE);
    a.set(v.s(), Fr.ZERO);
  }

  private static EdDsaPublicKey keyOf(AccessWitness w) {
    return w.accountBefore()
        .map(Account::publicKey)
        .orElseThrow(() -> new IllegalStateException("a signed touch of an empty slot"));
  }

  private static void setTouch(
      Assignment a, TouchVariables t, AccessWitness w, EdDsaPublicKey key) {
    Optional<Account> before = w.accountBefore();
    a.set(t.ax(), key.x());
    a.set(t.ay(), key.y());
    a.set(t.nonce(), before.map(acc -> acc.nonce().value()).orElse(0L));
    a.set(t.balance(), amount(w.balanceBefore()));
    setSiblings(a, t.balanceSiblings(), w.balanceProof());
    setSiblings(a, t.accountSiblings(), w.accountProof());
  }

  /** A touch the slot does not make: all zero, which its disabled checks accept. */
  private static void setIdleTouch(Assignment a, TouchVariables t) {
    a.set(t.ax(), Fr.ZERO);
    a.set(t.ay(), Fr.ZERO);
    a.set(t.nonce(), Fr.ZERO);
    a.set(t.balance(), Fr.ZERO);
    t.balanceSiblings().forEach(x -> a.set(x, Fr.ZERO));
    t.accountSiblings().forEach(x -> a.set(x, Fr.ZERO));
  }

  private static void setSiblings(Assignment a, List<Variable> vars, MerkleProof proof) {
    for (int i = 0; i < vars.size(); i++) {
      a.set(vars.get(i), proof.siblings().get(i));
    }
  }

  private static Fr amount(Amount amount) {
    return Fr.fromBigInteger(amount.toBigInteger());
  }
}
