package io.validium.cli.user;

import io.validium.cli.UserError;
import io.validium.cli.client.L2Api;
import io.validium.cli.client.L2User;
import io.validium.cli.client.TxJson;
import io.validium.core.tx.Withdrawal;
import io.validium.core.types.Address;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validium withdraw}: signs an L2 withdrawal to an L1 address and submits it; with {@code
 * --claim}, waits until its batch is final on L1 and claims it.
 */
@Command(
    name = "withdraw",
    mixinStandardHelpOptions = true,
    description = "Withdraw from L2 to an L1 address; --claim also claims it once final on L1.")
public final class WithdrawCommand extends UserCommand {
  @Mixin KeyOptions key;
  @Mixin L1KeyOptions l1Key;
  @Mixin Amounts amounts;
  @Mixin Endpoints endpoints;

  @Option(
      names = "--recipient",
      paramLabel = "ADDRESS",
      description = "L1 address paid (default: the --l1-key's address)")
  String recipient;

  @Option(names = "--claim", description = "wait until the batch is final on L1, then claim")
  boolean claim;

  @Mixin Timeouts timeouts;

  @Override
  public Integer call() {
    var amount = amounts.amount();
    var token = amounts.token();
    var timeout = timeouts.timeout();
    Address to;
    if (recipient != null) {
      to = Args.address(recipient, "--recipient");
    } else if (l1Key.given()) {
      to = Address.parse(l1Key.load("for the recipient").getAddress());
    } else {
      throw new UserError("give --recipient ADDRESS or --l1-key FILE (whose address is paid)");
    }
    var payer = claim ? l1Key.load("to pay the claim on L1 (--claim)") : null;
    L2KeyFile k = key.load();
    L2Api l2 = endpoints.l2();
    L2User user = new L2User(k.account(), k.key(), endpoints.domain(), nonce(l2, k.account()));
    Withdrawal w = user.withdraw(token, amount, to);
    Optional<L2Api.Answer> a = submit(l2, TxJson.of(w));
    if (a.isEmpty()) {
      return NO;
    }
    String txHash = a.get().txHash();
    out()
        .println(
            "withdrawal "
                + a.get().body().path("status").asText()
                + ": "
                + txHash
                + " in batch "
                + a.get().body().path("batchNumber").asText());
    if (!claim) {
      out().println("claim it once its batch is final: validium claim --tx " + txHash);
      return 0;
    }
    try (var l1 = endpoints.l1()) {
      return new Claims(l2, l1, out(), this::no).claim(txHash, payer, Optional.of(timeout));
    }
  }
}
