package io.validium.circuit;

import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Variable;

/**
 * The private inputs of one transaction slot. Exactly one of the four kind flags is 1 for a
 * transaction and all four are 0 for padding; fields a kind does not use are 0 (and the signature
 * of an unsigned slot is the identity point with S = 0).
 *
 * @param isTransfer 1 for a transfer
 * @param isWithdrawal 1 for a withdrawal
 * @param isDeposit 1 for a deposit
 * @param isForced 1 for a forced withdrawal (docs/protocol.md 17)
 * @param from the sender, the credited account of a deposit, or a forced withdrawal's account
 * @param to a transfer's receiver
 * @param token the token id
 * @param amount the amount (a forced withdrawal's requested cap)
 * @param nonce the transaction's nonce (0 for a deposit)
 * @param recipient a (forced) withdrawal's L1 recipient as a 160-bit integer
 * @param depositIndex a deposit's or forced withdrawal's position in the L1 priority queue
 * @param r8x x of the signature's R8
 * @param r8y y of the signature's R8
 * @param s the signature's S
 * @param senderExists 1 if the sender's slot held an account before the transaction
 * @param sender the touch of {@code from}
 * @param receiver the touch of {@code to} (transfers only)
 */
public record SlotVariables(
    Variable isTransfer,
    Variable isWithdrawal,
    Variable isDeposit,
    Variable isForced,
    Variable from,
    Variable to,
    Variable token,
    Variable amount,
    Variable nonce,
    Variable recipient,
    Variable depositIndex,
    Variable r8x,
    Variable r8y,
    Variable s,
    Variable senderExists,
    TouchVariables sender,
    TouchVariables receiver) {

  static SlotVariables declare(CircuitBuilder api, int slot, int balanceDepth, int accountDepth) {
    String p = "slot" + slot + ".";
    return new SlotVariables(
        api.privateInput(p + "isTransfer"),
        api.privateInput(p + "isWithdrawal"),
        api.privateInput(p + "isDeposit"),
        api.privateInput(p + "isForced"),
        api.privateInput(p + "from"),
        api.privateInput(p + "to"),
        api.privateInput(p + "token"),
        api.privateInput(p + "amount"),
        api.privateInput(p + "nonce"),
        api.privateInput(p + "recipient"),
        api.privateInput(p + "depositIndex"),
        api.privateInput(p + "r8x"),
        api.privateInput(p + "r8y"),
        api.privateInput(p + "s"),
        api.privateInput(p + "senderExists"),
        TouchVariables.declare(api, p + "sender", balanceDepth, accountDepth),
        TouchVariables.declare(api, p + "receiver", balanceDepth, accountDepth));
  }
}
