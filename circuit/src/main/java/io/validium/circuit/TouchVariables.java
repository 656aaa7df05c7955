package io.validium.circuit;

import io.validium.zk.r1cs.CircuitBuilder;
import io.validium.zk.r1cs.Variable;
import java.util.List;

/**
 * The private inputs of one account touch, as core's {@code AccessWitness} records it: the account
 * as it stood (key, nonce, balance of the touched token) and its two Merkle paths.
 *
 * @param ax x of the account's public key
 * @param ay y of the account's public key
 * @param nonce the account's nonce before the touch
 * @param balance the balance of the touched token before the touch
 * @param balanceSiblings the token's path in the account's balance tree, leaf level first
 * @param accountSiblings the account's path in the state tree, leaf level first
 */
public record TouchVariables(
    Variable ax,
    Variable ay,
    Variable nonce,
    Variable balance,
    List<Variable> balanceSiblings,
    List<Variable> accountSiblings) {

  public TouchVariables {
    balanceSiblings = List.copyOf(balanceSiblings);
    accountSiblings = List.copyOf(accountSiblings);
  }

  static TouchVariables declare(
      CircuitBuilder api, String name, int balanceDepth, int accountDepth) {
    return new TouchVariables(
        api.privateInput(name + ".ax"),
        api.privateInput(name + ".ay"),
        api.privateInput(name + ".nonce"),
        api.privateInput(name + ".balance"),
        declareAll(api, name + ".balanceSibling", balanceDepth),
        declareAll(api, name + ".accountSibling", accountDepth));
  }

  private static List<Variable> declareAll(CircuitBuilder api, String name, int count) {
    Variable[] out = new Variable[count];
    for (int i = 0; i < count; i++) {
      out[i] = api.privateInput(name + i);
    }
    return List.of(out);
  }
}
