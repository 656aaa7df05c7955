package io.validium.core.state;

import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
import io.validium.core.tx.ForcedWithdrawal;
import io.validium.core.tx.Transaction;
import io.validium.core.tx.Transfer;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.AccountId;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state transition function: applies one transaction to an {@link L2State} or rejects it with
 * exactly one reason, checked in the order of docs/protocol.md section 7. A rejected transaction
 * changes nothing.
 *
 * <p>{@link #apply} records the access witness the prover needs. {@link #decide} is the sequencer's
 * path: the same decision and the same new state, without the witness (whose proofs would force the
 * state tree to be hashed after every write), and with the signature answered by a {@link
 * SignatureCheck}, so that signatures can be verified ahead of time on other threads.
 */
public final class StateTransition {
  private StateTransition() {}

  /** Applies {@code tx} and records its access witness. */
  public static TxOutcome apply(L2State state, Transaction tx) {
    return apply(state, tx, SignatureCheck.DIRECT, true);
  }

  /**
   * Applies {@code tx} exactly as {@link #apply} would, but records no witness: the outcome's
   * {@link TxOutcome#witness()} is not available. Roots are hashed when next read.
   */
  public static TxOutcome decide(L2State state, Transaction tx, SignatureCheck signatures) {
    return apply(state, tx, signatures, false);
  }

  private static TxOutcome apply(
      L2State state, Transaction tx, SignatureCheck signatures, boolean witness) {
    if (!tx.domain().equals(state.domain())) {
      return TxOutcome.rejected(tx, RejectReason.WRONG_DOMAIN);
    }
    Touches touches = new Touches(state, witness);
    if (tx instanceof Transfer t) {
      return transfer(state, t, signatures, touches);
    } else if (tx instanceof Withdrawal w) {
      return withdrawal(state, w, signatures, touches);
    } else if (tx instanceof ForcedWithdrawal f) {
      return forcedWithdrawal(state, f, touches);
    } else {
      return deposit(state, (Deposit) tx, touches);
    }
  }

  private static TxOutcome transfer(
      L2State state, Transfer t, SignatureCheck signatures, Touches touches) {
    if (!knownToken(state, t.token())) {
      return TxOutcome.rejected(t, RejectReason.UNKNOWN_TOKEN);
    }
    Optional<Account> sender = state.account(t.from());
    if (sender.isEmpty() || state.account(t.to()).isEmpty()) {
      return TxOutcome.rejected(t, RejectReason.UNKNOWN_ACCOUNT);
    }
    if (t.from().equals(t.to())) {
      return TxOutcome.rejected(t, RejectReason.SELF_TRANSFER);
    }
    RejectReason signed = checkSigned(sender.get(), t.nonce(), t, signatures);
    if (signed != null) {
      return TxOutcome.rejected(t, signed);
    }
    Optional<Amount> debited = sender.get().balance(t.token()).minus(t.amount());
    if (debited.isEmpty()) {
      return TxOutcome.rejected(t, RejectReason.INSUFFICIENT_BALANCE);
    }
    Account receiver = state.account(t.to()).get();
    Optional<Amount> credited = receiver.balance(t.token()).plus(t.amount());
    if (credited.isEmpty()) {
      return TxOutcome.rejected(t, RejectReason.BALANCE_OVERFLOW);
    }
    Account newSender =
        sender.get().withBalance(t.token(), debited.get()).withNonce(t.nonce().next());
    touches.touch(t.from(), t.token(), newSender);
    // Re-read: the receiver's path changed when the sender's leaf did.
    Account newReceiver = receiver.withBalance(t.token(), credited.get());
    touches.touch(t.to(), t.token(), newReceiver);
    return touches.outcome(t, null);
  }

  private static TxOutcome withdrawal(
      L2State state, Withdrawal w, SignatureCheck signatures, Touches touches) {
    if (!knownToken(state, w.token())) {
      return TxOutcome.rejected(w, RejectReason.UNKNOWN_TOKEN);
    }
    Optional<Account> sender = state.account(w.from());
    if (sender.isEmpty()) {
      return TxOutcome.rejected(w, RejectReason.UNKNOWN_ACCOUNT);
    }
    RejectReason signed = checkSigned(sender.get(), w.nonce(), w, signatures);
    if (signed != null) {
      return TxOutcome.rejected(w, signed);
    }
    Optional<Amount> debited = sender.get().balance(w.token()).minus(w.amount());
    if (debited.isEmpty()) {
      return TxOutcome.rejected(w, RejectReason.INSUFFICIENT_BALANCE);
    }
    Account newSender =
        sender.get().withBalance(w.token(), debited.get()).withNonce(w.nonce().next());
    touches.touch(w.from(), w.token(), newSender);
    return touches.outcome(w, new L1Withdrawal(w.recipient(), w.token(), w.amount()));
  }

  /**
   * Pays {@code min(amount, balance)}, so that no request can block the priority queue and none can
   * be declined while the account holds funds (section 17.3). Key and nonce stay as they are.
   */
  private static TxOutcome forcedWithdrawal(L2State state, ForcedWithdrawal f, Touches touches) {
    if (!knownToken(state, f.token())) {
      return TxOutcome.rejected(f, RejectReason.UNKNOWN_TOKEN);
    }
    Optional<Account> account = state.account(f.account());
    if (account.isEmpty()) {
      return TxOutcome.rejected(f, RejectReason.UNKNOWN_ACCOUNT);
    }
    if (!f.index().equals(state.nextDepositIndex())) {
      return TxOutcome.rejected(f, RejectReason.DEPOSIT_OUT_OF_ORDER);
    }
    Amount balance = account.get().balance(f.token());
    Amount paid = balance.compareTo(f.amount()) < 0 ? balance : f.amount();
    Amount left = balance.minus(paid).orElseThrow();
    touches.touch(f.account(), f.token(), account.get().withBalance(f.token(), left));
    state.consumeDeposit(Poseidon.hash(state.depositChain(), f.forcedLeaf()));
    return touches.outcome(f, new L1Withdrawal(f.recipient(), f.token(), paid));
  }

  private static TxOutcome deposit(L2State state, Deposit d, Touches touches) {
    if (!knownToken(state, d.token())) {
      return TxOutcome.rejected(d, RejectReason.UNKNOWN_TOKEN);
    }
    if (!d.index().equals(state.nextDepositIndex())) {
      return TxOutcome.rejected(d, RejectReason.DEPOSIT_OUT_OF_ORDER);
    }
    Optional<Account> existing = state.account(d.account());
    if (existing.isPresent() && !existing.get().publicKey().equals(d.publicKey())) {
      return TxOutcome.rejected(d, RejectReason.ACCOUNT_KEY_MISMATCH);
    }
    Account account = existing.orElseGet(() -> Account.open(d.publicKey(), state.balanceDepth()));
    Optional<Amount> credited = account.balance(d.token()).plus(d.amount());
    if (credited.isEmpty()) {
      return TxOutcome.rejected(d, RejectReason.BALANCE_OVERFLOW);
    }
    touches.touch(d.account(), d.token(), account.withBalance(d.token(), credited.get()));
    state.consumeDeposit(Poseidon.hash(state.depositChain(), d.depositLeaf()));
    return touches.outcome(d, null);
  }

  private static boolean knownToken(L2State state, TokenId token) {
    return token.value() < (1 << state.balanceDepth());
  }

  private static RejectReason checkSigned(
      Account sender, Nonce nonce, Transaction signed, SignatureCheck signatures) {
    if (sender.nonce().isMax() || !sender.nonce().equals(nonce)) {
      return RejectReason.WRONG_NONCE;
    }
    EdDsaPublicKey key = sender.publicKey();
    if (!signatures.verify(key, signed)) {
      return RejectReason.BAD_SIGNATURE;
    }
    return null;
  }

  /** The writes of one transaction, with their witness when one is wanted. */
  private static final class Touches {
    private final L2State state;
    private final List<AccessWitness> witness;

    Touches(L2State state, boolean recordWitness) {
      this.state = state;
      this.witness = recordWitness ? new ArrayList<>(2) : null;
    }

    /** Records the slot as it stands (if a witness is wanted), then writes the new account. */
    void touch(AccountId id, TokenId token, Account after) {
      if (witness == null) {
        state.put(id, after);
        return;
      }
      Optional<Account> before = state.account(id);
      BalanceTree balances =
          before.map(Account::balances).orElseGet(() -> BalanceTree.empty(state.balanceDepth()));
      Fr rootBefore = state.root().value();
      var proof = state.proof(id);
      Amount balanceBefore = balances.balance(token);
      var balanceProof = balances.proof(token);
      state.put(id, after);
      witness.add(
          new AccessWitness(
              id,
              before,
              proof,
              token,
              balanceBefore,
              balanceProof,
              rootBefore,
              state.root().value()));
    }

    TxOutcome outcome(Transaction tx, L1Withdrawal emitted) {
      return witness == null
          ? TxOutcome.appliedWithoutWitness(tx, emitted)
          : TxOutcome.applied(tx, witness, emitted);
    }
  }
}
