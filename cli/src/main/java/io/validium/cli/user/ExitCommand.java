package io.validium.cli.user;

import io.validium.cli.client.ClientException;
import io.validium.cli.client.DacApi;
import io.validium.cli.client.L1Api;
import io.validium.cli.client.L2User;
import io.validium.core.field.Fr;
import io.validium.core.types.Address;
import io.validium.core.types.TokenId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validium exit}: the escape hatch. After a freeze, takes the account's balance and Merkle
 * paths at the last final batch from a DAC member, checks them against the contract's root, signs
 * the exit message with the account key and calls {@code exit} on L1. Needs no sequencer.
 */
@Command(
    name = "exit",
    mixinStandardHelpOptions = true,
    description =
        "After a freeze, withdraw the account's whole balance of a token on L1 with a Merkle proof"
            + " from a DAC member (exit 1 if not frozen, nothing to exit, or already exited).")
public final class ExitCommand extends UserCommand {
  @Mixin KeyOptions key;
  @Mixin L1KeyOptions l1Key;
  @Mixin Endpoints endpoints;

  @Mixin TokenOption token;

  @Option(
      names = "--recipient",
      paramLabel = "ADDRESS",
      description = "L1 address paid (default: the --l1-key's address)")
  String recipient;

  @Override
  public Integer call() {
    TokenId t = token.token();
    var payer = l1Key.load("to pay the exit on L1");
    Address to =
        recipient == null
            ? Address.parse(payer.getAddress())
            : Args.address(recipient, "--recipient");
    L2KeyFile k = key.load();
    List<DacApi> members = endpoints.dacs();
    try (L1Api l1 = endpoints.l1()) {
      if (!l1.frozen()) {
        return no(
            "the Validium contract is not frozen: exits open only after a freeze (validium freeze)");
      }
      if (l1.hasExited(k.account(), t)) {
        return no("account " + k.account().value() + " has already exited token " + t.value());
      }
      long next = l1.nextBatchNumber();
      if (next == 0) {
        return no("no batch was ever final on L1, so no account has a balance to exit");
      }
      long batch = next - 1;
      Fr root = ExitProof.root(l1.stateRoot());
      ExitProof proof = proofFrom(members, k, t, batch, root);
      if (proof == null) {
        return no(
            "account "
                + k.account().value()
                + " holds none of token "
                + t.value()
                + " at the last final batch "
                + batch);
      }
      if (!proof.publicKey().equals(k.publicKey())) {
        return no("account " + k.account().value() + " belongs to another key than " + key.key);
      }
      var sig = new L2User(k.account(), k.key(), endpoints.domain()).signExit(t, to);
      var r = l1.transact(payer, proof.exitCall(to, sig));
      out()
          .println(
              "exited "
                  + proof.balance()
                  + " of token "
                  + t.value()
                  + " from account "
                  + k.account().value()
                  + " to "
                  + to
                  + " in transaction "
                  + r.getTransactionHash()
                  + " (proof of batch "
                  + batch
                  + ")");
      return 0;
    }
  }

  /**
   * The first member's proof that leads to the final root; null when a member shows the account
   * holds none of the token. Members that are down, lag or serve a wrong proof are skipped.
   */
  private ExitProof proofFrom(List<DacApi> members, L2KeyFile k, TokenId t, long batch, Fr root) {
    List<String> tried = new ArrayList<>();
    for (DacApi m : members) {
      try {
        var answer = m.account(k.account(), batch);
        if (answer.isEmpty()) {
          tried.add(m.base() + " has not attested batch " + batch);
          continue;
        }
        if (!answer.get().path("stateRoot").asText().equalsIgnoreCase(root.toHexString())) {
          tried.add(m.base() + " has another root for batch " + batch);
          continue;
        }
        Optional<ExitProof> p = ExitProof.from(answer.get(), k.account(), t, m.base().toString());
        if (p.isEmpty()) {
          return null;
        }
        if (!p.get().root().equals(root)) {
          tried.add(m.base() + " served a proof that does not lead to the final root");
          continue;
        }
        return p.get();
      } catch (ClientException e) {
        tried.add(e.getMessage());
      }
    }
    throw new ClientException(
        "no DAC member served a proof against the final root "
            + root.toHexString()
            + ": "
            + String.join("; ", tried));
  }
}
