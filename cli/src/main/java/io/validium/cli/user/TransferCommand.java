package io.validium.cli.user;

import io.validium.cli.client.L2Api;
import io.validium.cli.client.L2User;
import io.validium.cli.client.TxJson;
import io.validium.core.tx.Transfer;
import io.validium.core.types.AccountId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validium transfer}: signs a transfer with the key file and submits it to the sequencer.
 */
@Command(
    name = "transfer",
    mixinStandardHelpOptions = true,
    description = "Send a signed L2 transfer to another account through the sequencer.")
public final class TransferCommand extends UserCommand {
  @Mixin KeyOptions key;
  @Mixin Amounts amounts;
  @Mixin Endpoints endpoints;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "ACCOUNT",
      description = "receiving account id")
  long to;

  @Override
  public Integer call() {
    AccountId recipient = Args.account(to, "--to");
    var amount = amounts.amount();
    var token = amounts.token();
    L2KeyFile k = key.load();
    if (recipient.equals(k.account())) {
      return no("--to " + to + " is the key's own account; a transfer needs another account");
    }
    L2Api l2 = endpoints.l2();
    L2User user = new L2User(k.account(), k.key(), endpoints.domain(), nonce(l2, k.account()));
    Transfer t = user.transfer(recipient, token, amount);
    return submit(l2, TxJson.of(t))
        .map(
            a -> {
              out()
                  .println(
                      "transfer "
                          + a.body().path("status").asText()
                          + ": "
                          + a.txHash()
                          + " in batch "
                          + a.body().path("batchNumber").asText());
              return 0;
            })
        .orElse(NO);
  }
}
