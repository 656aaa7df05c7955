package io.validium.core.state;

import io.validium.core.crypto.EdDsaPublicKey;
import io.validium.core.crypto.EdDsaSignature;
import io.validium.core.crypto.Poseidon;
import io.validium.core.field.Fr;
import io.validium.core.tx.Deposit;
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
 */
public final class StateTransition {
  private StateTransition() {}

  public static TxOutcome apply(L2State state, Transaction tx) {
    if (!tx.domain().equals(state.domain())) {
      return TxOutcome.rejected(tx, RejectReason.WRONG_DOMAIN);
    }
    if (tx instanceof Transfer t) {
      return transfer(state, t);
    } else if (tx instanceof Withdrawal w) {
      return withdrawal(state, w);
    } else {
      return deposit(state, (Deposit) tx);
    }
  }

  private static TxOutcome transfer(L2State state, Transfer t) {
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
    RejectReason signed = checkSigned(sender.get(), t.nonce(), t.message(), t.signature());
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
    List<AccessWitness> witness = new ArrayList<>(2);
    Account newSender =
        sender.get().withBalance(t.token(), debited.get()).withNonce(t.nonce().next());
    witness.add(touch(state, t.from(), t.token(), newSender));
    // Re-read: the receiver's path changed when the sender's leaf did.
    Account newReceiver = receiver.withBalance(t.token(), credited.get());
    witness.add(touch(state, t.to(), t.token(), newReceiver));
    return TxOutcome.applied(t, witness);
  }

  private static TxOutcome withdrawal(L2State state, Withdrawal w) {
    if (!knownToken(state, w.token())) {
      return TxOutcome.rejected(w, RejectReason.UNKNOWN_TOKEN);
    }
    Optional<Account> sender = state.account(w.from());
    if (sender.isEmpty()) {
      return TxOutcome.rejected(w, RejectReason.UNKNOWN_ACCOUNT);
    }
    RejectReason signed = checkSigned(sender.get(), w.nonce(), w.message(), w.signature());
    if (signed != null) {
      return TxOutcome.rejected(w, signed);
    }
    Optional<Amount> debited = sender.get().balance(w.token()).minus(w.amount());
    if (debited.isEmpty()) {
      return TxOutcome.rejected(w, RejectReason.INSUFFICIENT_BALANCE);
    }
    Account newSender =
        sender.get().withBalance(w.token(), debited.get()).withNonce(w.nonce().next());
    return TxOutcome.applied(w, List.of(touch(state, w.from(), w.token(), newSender)));
  }

  private static TxOutcome deposit(L2State state, Deposit d) {
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
    AccessWitness w =
        touch(state, d.account(), d.token(), account.withBalance(d.token(), credited.get()));
    state.consumeDeposit(Poseidon.hash(state.depositChain(), d.depositLeaf()));
    return TxOutcome.applied(d, List.of(w));
  }

  private static boolean knownToken(L2State state, TokenId token) {
    return token.value() < (1 << state.balanceDepth());
  }

  private static RejectReason checkSigned(
      Account sender, Nonce nonce, Fr message, EdDsaSignature sig) {
    if (sender.nonce().isMax() || !sender.nonce().equals(nonce)) {
      return RejectReason.WRONG_NONCE;
    }
    EdDsaPublicKey key = sender.publicKey();
    if (!key.verify(message, sig)) {
      return RejectReason.BAD_SIGNATURE;
    }
    return null;
  }

  /** Records the slot as it stands, then writes the new account. */
  private static AccessWitness touch(L2State state, AccountId id, TokenId token, Account after) {
    Optional<Account> before = state.account(id);
    BalanceTree balances =
        before.map(Account::balances).orElseGet(() -> BalanceTree.empty(state.balanceDepth()));
    Fr rootBefore = state.root().value();
    var proof = state.proof(id);
    Amount balanceBefore = balances.balance(token);
    var balanceProof = balances.proof(token);
    state.put(id, after);
    return new AccessWitness(
        id, before, proof, token, balanceBefore, balanceProof, rootBefore, state.root().value());
  }
}
