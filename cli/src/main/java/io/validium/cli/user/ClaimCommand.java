package io.validium.cli.user;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validium claim}: pays an L2 withdrawal out on L1 once its batch is final. */
@Command(
    name = "claim",
    mixinStandardHelpOptions = true,
    description =
        "Claim a withdrawal on L1 once its batch is final (anyone may; the recipient is paid).")
public final class ClaimCommand extends UserCommand {
  @Mixin L1KeyOptions l1Key;
  @Mixin Endpoints endpoints;

  @Option(
      names = "--tx",
      required = true,
      paramLabel = "HASH",
      description = "the withdrawal's hash")
  String tx;

  @Option(names = "--wait", description = "wait until the batch is final on L1")
  boolean await;

  @Mixin Timeouts timeouts;

  @Override
  public Integer call() {
    String hash = Args.txHash(tx);
    var timeout = timeouts.timeout();
    var payer = l1Key.load("to pay the claim on L1");
    try (var l1 = endpoints.l1()) {
      return new Claims(endpoints.l2(), l1, out(), this::no)
          .claim(hash, payer, await ? Optional.of(timeout) : Optional.empty());
    }
  }
}
