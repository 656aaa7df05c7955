package io.validium.circuit;

import io.validium.core.crypto.MerkleZeros;
import io.validium.core.field.Fr;
import io.validium.core.types.Amount;
import io.validium.core.types.Nonce;
import io.validium.zk.gadgets.Bits;
import io.validium.zk.gadgets.CircuitPoint;
import io.validium.zk.gadgets.EdDsaPoseidonGadget;
import io.validium.zk.gadgets.MerklePath;
import io.validium.zk.gadgets.PoseidonGadget;
import io.validium.zk.gadgets.Select;
import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Linear;
import io.validium.zk.r1cs.LinearCombination;
import io.validium.zk.r1cs.Variable;
import java.util.List;

/**
 * The constraints of one transaction slot: core's {@code StateTransition.apply} for whichever kind
 * the slot's flags select (transfer, withdrawal, deposit, forced withdrawal), or nothing at all for
 * padding. Every kind's checks are built in every slot and switched by the flags, since a batch
 * mixes kinds in any order.
 */
final class SlotGadget {

  /** Address width: a withdrawal's recipient is a 160-bit integer on L1. */
  static final int ADDRESS_BITS = 160;

  /** Nonces are u32 (docs/protocol.md section 1). */
  static final int NONCE_BITS = Long.SIZE - Long.numberOfLeadingZeros(Nonce.MAX);

  private static final LinearCombination ONE = LinearCombination.constant(Fr.ONE);

  private SlotGadget() {}

  /** Adds the slot's constraints and returns the state after it. */
  static ChainState apply(
      CircuitBuilder api,
      SlotVariables v,
      Linear domainHash,
      ChainState before,
      int balanceDepth,
      int accountDepth) {
    // Kind flags: each boolean and at most one set, so "active" is boolean too.
    for (Variable flag : List.of(v.isTransfer(), v.isWithdrawal(), v.isDeposit(), v.isForced())) {
      Bits.assertBoolean(api, flag);
    }
    LinearCombination signed = v.isTransfer().toLinearCombination().add(v.isWithdrawal());
    LinearCombination priority = v.isDeposit().toLinearCombination().add(v.isForced());
    LinearCombination active = signed.add(priority);
    LinearCombination paysOut = v.isWithdrawal().toLinearCombination().add(v.isForced());
    try (CircuitBuilder.Scope s = api.scope("oneKind")) {
      Bits.assertBoolean(api, active);
    }
    LinearCombination type =
        LinearCombination.of(v.isTransfer())
            .addScaled(Fr.of(2), v.isWithdrawal())
            .addScaled(Fr.of(3), v.isDeposit())
            .addScaled(Fr.of(5), v.isForced());

    // Field ranges: the Merkle index bits double as the range checks of the account ids, and
    // token bits of the balance depth are UNKNOWN_TOKEN's check.
    Variable[] fromBits;
    Variable[] toBits;
    Variable[] tokenBits;
    try (CircuitBuilder.Scope s = api.scope("from")) {
      fromBits = Bits.toBinary(api, v.from(), accountDepth);
    }
    try (CircuitBuilder.Scope s = api.scope("to")) {
      toBits = Bits.toBinary(api, v.to(), accountDepth);
    }
    try (CircuitBuilder.Scope s = api.scope("knownToken")) {
      tokenBits = Bits.toBinary(api, v.token(), balanceDepth);
    }
    try (CircuitBuilder.Scope s = api.scope("amount")) {
      Bits.rangeCheck(api, v.amount(), Amount.BITS);
    }
    try (CircuitBuilder.Scope s = api.scope("recipient")) {
      Bits.rangeCheck(api, v.recipient(), ADDRESS_BITS);
    }

    // Fields a kind does not encode (section 5) are 0, so a slot's fields are a function of its
    // transaction. The padding summands are range-checked above and sum to less than 2^97 < r, so
    // their sum is 0 only if each one is.
    api.assertMul(ONE.sub(v.isTransfer()), v.to(), zero(), "unusedTo");
    api.assertMul(ONE.sub(paysOut), v.recipient(), zero(), "unusedRecipient");
    api.assertMul(ONE.sub(priority), v.depositIndex(), zero(), "unusedDepositIndex");
    Bits.assertBoolean(api, v.senderExists());
    api.assertMul(
        ONE.sub(active),
        v.from().toLinearCombination().add(v.token()).add(v.amount()).add(v.senderExists()),
        zero(),
        "padding");

    TouchVariables snd = v.sender();
    TouchVariables rcv = v.receiver();

    // Existence: a signer's or forced withdrawal's slot must hold an account; a deposit may open an
    // empty one.
    api.assertMul(
        signed.add(v.isForced()),
        ONE.sub(v.senderExists()),
        LinearCombination.zero(),
        "senderExists");
    LinearCombination opened = api.mul(v.isDeposit(), ONE.sub(v.senderExists()), "opened");
    api.assertMul(opened, snd.nonce(), LinearCombination.zero(), "openedNonce");

    // WRONG_NONCE: the signed nonce is the account's, and the account's is not 2^32 - 1. One
    // product pins both cases: nonce = signed * sender.nonce, so an unsigned slot (a deposit, whose
    // encoding has no nonce, or padding) carries nonce 0 into its header and deposit leaf.
    api.assertMul(signed, snd.nonce(), v.nonce(), "nonce");
    LinearCombination senderNonceAfter = snd.nonce().toLinearCombination().add(signed);
    try (CircuitBuilder.Scope s = api.scope("nonceBefore")) {
      Bits.rangeCheck(api, snd.nonce(), NONCE_BITS);
    }
    try (CircuitBuilder.Scope s = api.scope("nonceAfter")) {
      Bits.rangeCheck(api, senderNonceAfter, NONCE_BITS);
    }

    // SELF_TRANSFER: from - to has an inverse when the slot is a transfer.
    LinearCombination distance = v.from().toLinearCombination().sub(v.to());
    Variable inverse =
        api.compute(
            "selfTransferInverse",
            in -> new Fr[] {in[0].isZero() ? Fr.ZERO : in[1].mul(in[0].inverse())},
            distance,
            v.isTransfer());
    api.assertMul(distance, inverse, v.isTransfer(), "selfTransfer");

    // BAD_SIGNATURE: the message of 5.4, verified under the sender's key. An unsigned slot
    // verifies under the identity point instead, which (R8, S) = (identity, 0) satisfies.
    LinearCombination header =
        type.addScaled(Fr.of(1L << 8), v.from())
            .addScaled(Fr.of(1L << 32), v.token())
            .addScaled(Fr.of(1L << 48), v.nonce());
    LinearCombination counterparty = Select.select(api, v.isTransfer(), v.to(), v.recipient());
    LinearCombination message =
        PoseidonGadget.hash(api, domainHash, header, v.amount(), counterparty);
    CircuitPoint signingKey =
        new CircuitPoint(
            Select.select(api, signed, snd.ax(), LinearCombination.zero()),
            Select.select(api, signed, snd.ay(), ONE));
    EdDsaPoseidonGadget.verify(api, signingKey, message, CircuitPoint.of(v.r8x(), v.r8y()), v.s());

    // A forced withdrawal pays min(amount, balance) (17.3): `covers` says which, and the difference
    // on the side it names fits in 96 bits, which both operands do (ranges and balance leaves).
    Variable covers =
        api.compute(
            "covers",
            in ->
                new Fr[] {
                  in[0].toBigInteger().compareTo(in[1].toBigInteger()) >= 0 ? Fr.ONE : Fr.ZERO
                },
            snd.balance(),
            v.amount());
    LinearCombination paid;
    try (CircuitBuilder.Scope s = api.scope("covers")) {
      Bits.assertBoolean(api, covers);
      LinearCombination surplus = snd.balance().toLinearCombination().sub(v.amount());
      LinearCombination shortfall = v.amount().toLinearCombination().sub(snd.balance()).sub(ONE);
      Bits.rangeCheck(api, Select.select(api, covers, surplus, shortfall), Amount.BITS);
      paid = Select.select(api, covers, v.amount(), snd.balance());
    }

    // INSUFFICIENT_BALANCE and BALANCE_OVERFLOW: the new balances fit in 96 bits.
    LinearCombination senderDelta =
        api.mul(v.isDeposit().toLinearCombination().sub(signed), v.amount(), "senderDelta")
            .sub(api.mul(v.isForced(), paid, "forcedDebit"));
    LinearCombination senderBalanceAfter = snd.balance().toLinearCombination().add(senderDelta);
    LinearCombination receiverBalanceAfter =
        rcv.balance().toLinearCombination().add(api.mul(v.isTransfer(), v.amount(), "credit"));
    try (CircuitBuilder.Scope s = api.scope("senderBalance")) {
      Bits.rangeCheck(api, senderBalanceAfter, Amount.BITS);
    }
    try (CircuitBuilder.Scope s = api.scope("receiverBalance")) {
      Bits.rangeCheck(api, receiverBalanceAfter, Amount.BITS);
    }

    // The sender's (or deposit's) touch, then the receiver's on the root it left.
    LinearCombination root1;
    try (CircuitBuilder.Scope s = api.scope("sender")) {
      MerklePath.Update balances =
          MerklePath.update(
              api, snd.balance(), senderBalanceAfter, tokenBits, arr(snd.balanceSiblings()));
      // An opened account starts from the empty balance tree (so from balance 0).
      api.assertMul(
          opened,
          balances.oldRoot().sub(LinearCombination.constant(MerkleZeros.zero(balanceDepth))),
          zero(),
          "emptyBalances");
      LinearCombination leafBefore =
          api.mul(
              v.senderExists(),
              PoseidonGadget.hash(api, snd.ax(), snd.ay(), snd.nonce(), balances.oldRoot()),
              "leafBefore");
      LinearCombination leafAfter =
          PoseidonGadget.hash(api, snd.ax(), snd.ay(), senderNonceAfter, balances.newRoot());
      root1 = touch(api, active, before.root(), leafBefore, leafAfter, fromBits, snd);
    }
    LinearCombination root2;
    try (CircuitBuilder.Scope s = api.scope("receiver")) {
      MerklePath.Update balances =
          MerklePath.update(
              api, rcv.balance(), receiverBalanceAfter, tokenBits, arr(rcv.balanceSiblings()));
      // A hash, never 0: the receiver's slot holds an account (UNKNOWN_ACCOUNT).
      LinearCombination leafBefore =
          PoseidonGadget.hash(api, rcv.ax(), rcv.ay(), rcv.nonce(), balances.oldRoot());
      LinearCombination leafAfter =
          PoseidonGadget.hash(api, rcv.ax(), rcv.ay(), rcv.nonce(), balances.newRoot());
      root2 = touch(api, v.isTransfer(), root1, leafBefore, leafAfter, toBits, rcv);
    }

    // Leaves and chains of 8.2, 8.3 and 17.1. A deposit leaf carries the key, a forced one the
    // recipient and 0 in the same places; a forced withdrawal advances both chains in its slot.
    LinearCombination signedLeaf = PoseidonGadget.hash(api, message, v.r8x(), v.r8y(), v.s());
    LinearCombination priorityLeaf =
        PoseidonGadget.hash(
            api,
            domainHash,
            header,
            v.amount(),
            Select.select(api, v.isForced(), v.recipient(), snd.ax()),
            api.mul(ONE.sub(v.isForced()), snd.ay(), "forcedLeafY"),
            v.depositIndex());
    LinearCombination withdrawn = Select.select(api, v.isForced(), paid, v.amount());
    LinearCombination withdrawalLeaf =
        PoseidonGadget.hash(api, v.recipient(), v.token(), withdrawn);
    LinearCombination txLeaf = Select.select(api, priority, priorityLeaf, signedLeaf);
    LinearCombination batchChain =
        advance(
            api,
            active,
            before.batchChain(),
            PoseidonGadget.hash(api, before.batchChain(), txLeaf));
    LinearCombination depositChain =
        advance(
            api,
            priority,
            before.depositChain(),
            PoseidonGadget.hash(api, before.depositChain(), priorityLeaf));
    LinearCombination withdrawalChain =
        advance(
            api,
            paysOut,
            before.withdrawalChain(),
            PoseidonGadget.hash(api, before.withdrawalChain(), withdrawalLeaf));
    return new ChainState(root2, batchChain, depositChain, withdrawalChain);
  }

  /**
   * One account leaf update along its path, checked against {@code rootBefore} and applied only
   * when {@code enabled}; a disabled touch leaves the root as it is whatever its inputs.
   */
  private static LinearCombination touch(
      CircuitBuilder api,
      Linear enabled,
      LinearCombination rootBefore,
      LinearCombination leafBefore,
      LinearCombination leafAfter,
      Variable[] indexBits,
      TouchVariables t) {
    MerklePath.Update path =
        MerklePath.update(api, leafBefore, leafAfter, indexBits, arr(t.accountSiblings()));
    api.assertMul(enabled, path.oldRoot().sub(rootBefore), zero(), "path");
    return advance(api, enabled, rootBefore, path.newRoot());
  }

  /** {@code cond ? next : current} for a boolean cond. One constraint. */
  private static LinearCombination advance(
      CircuitBuilder api, Linear cond, LinearCombination current, LinearCombination next) {
    return Select.select(api, cond, next, current);
  }

  private static Linear[] arr(List<Variable> vars) {
    return vars.toArray(new Linear[0]);
  }

  private static LinearCombination zero() {
    return LinearCombination.zero();
  }
}
