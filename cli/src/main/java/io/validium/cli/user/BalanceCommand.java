package io.validium.cli.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.validium.cli.UserError;
import io.validium.core.types.AccountId;
import java.math.BigInteger;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validium balance}: an account's balances and nonce at the sequencer. */
@Command(
    name = "balance",
    mixinStandardHelpOptions = true,
    description = "Show an L2 account's balances and nonce (current state at the sequencer).")
public final class BalanceCommand extends UserCommand {
  @ArgGroup(multiplicity = "1")
  Which which;

  static final class Which {
    @Option(names = "--account", paramLabel = "N", description = "account id")
    Long account;

    @Option(names = "--key", paramLabel = "FILE", description = "the account's key file")
    Path key;
  }

  @Mixin Endpoints endpoints;

  @Override
  public Integer call() {
    AccountId id;
    if (which.account != null) {
      id = Args.account(which.account, "--account");
    } else {
      KeyOptions k = new KeyOptions();
      k.key = which.key;
      id = k.publicPart().account();
    }
    JsonNode a = endpoints.l2().account(id).orElse(null);
    if (a == null) {
      return no("account " + id.value() + " does not exist on L2");
    }
    out().println("account " + id.value() + " nonce " + a.path("nonce").asText());
    boolean any = false;
    for (JsonNode b : a.path("balances")) {
      String token = b.path("tokenId").asText();
      String amount = b.path("amount").asText();
      if (!amount.matches("[0-9]{1,40}")) {
        throw new UserError("the sequencer answered a balance that is not a number: " + amount);
      }
      out()
          .println(
              "token "
                  + token
                  + " "
                  + amount
                  + ("0".equals(token) ? " wei (" + Args.ether(new BigInteger(amount)) + ")" : ""));
      any = true;
    }
    if (!any) {
      out().println("no balance");
    }
    return 0;
  }
}
